import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { methodNames } from '../../src/api/contract';
import { tempFile } from '../store/fixtures';
import { landlink } from './run-landlink';

const BIN = new URL('../../src/host/bin.mjs', import.meta.url).pathname;
const run = landlink;
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('the landlink command line', () => {
  it('creates an empty project whose info reports zero parcels as JSON', async () => {
    const file = tempFile();
    expect((await run('new', file, '--name', '空项目')).code).toBe(0);
    const info = await run('info', file, '--json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out)).toMatchObject({ name: '空项目', srsId: 4527, counts: { parcels: 0 } });
  });

  it('creates the demo project with both villages and about 1,500 parcels', async () => {
    const file = tempFile();
    expect((await run('demo', file)).code).toBe(0);
    const info = JSON.parse((await run('info', file, '--json')).out);
    expect(info.synthetic).toBe(true);
    expect(info.counts.villages).toBe(2);
    expect(info.counts.parcels).toBeGreaterThanOrEqual(1400);
    expect(info.counts.parcels).toBeLessThanOrEqual(1600);
    expect(info.areas.parcels.ellipsoidM2).toBeGreaterThan(0);
    // One case per contract, counted per stage and per lane status, one of them blocked at a gate.
    expect(info.cases.total).toBe(info.contracts.length);
    expect(info.cases.byStage.reduce((n: number, s: { cases: number }) => n + s.cases, 0)).toBe(info.cases.total);
    for (const statuses of Object.values(info.cases.byLane) as Record<string, number>[]) {
      expect(Object.values(statuses).reduce((n, c) => n + c, 0)).toBe(info.cases.total);
    }
    expect(info.cases.blocked).toBe(1);
  });

  it('gives a one-line error and a non-zero exit for bad arguments', async () => {
    for (const args of [['info'], ['frobnicate', 'x'], ['new', tempFile(), '--srs', 'abc'], ['serve', '--port', '70000'], ['info', '--bogus', 'x']]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^landlink: /);
    }
    expect((await run('info', '--bogus', 'x')).err).toContain('bogus');
    expect((await run('new', tempFile(), '--srs', 'abc')).err).toContain('srs');
  });

  it('rejects bad call input naming the field and leaves the file unchanged', async () => {
    const file = tempFile();
    await run('new', file);
    const before = hash(file);
    const bad = await run('call', file, 'parcels.update', '{"id": 1, "qualityGrade": 42}');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^landlink: parcels\.update: parcels\.update 的输入不符合要求: qualityGrade: /);
    expect((await run('call', file, 'parcels.update', '{not json')).code).toBe(2);
    expect((await run('new', file)).code).toBe(2);
    expect(hash(file)).toBe(before);
  });

  it('calls a method and prints its output as JSON', async () => {
    const file = tempFile();
    await run('new', file);
    const r = await run('call', file, 'parcels.inView', '{"bbox": [115, 34, 117, 35]}');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ total: 0, items: [] });
  });

  it('lists every method input as JSON Schema', async () => {
    const r = await run('call', '--list');
    expect(r.code).toBe(0);
    const schemas = JSON.parse(r.out);
    expect(Object.keys(schemas).sort()).toEqual([...methodNames].sort());
  });

  it('serves the UI on 127.0.0.1 until stopped', async () => {
    const file = tempFile();
    await run('new', file);
    const child = spawn(process.execPath, [BIN, 'serve', file, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((ok, fail) => {
      let buf = '';
      child.stdout.on('data', (d: Buffer) => {
        buf += d.toString();
        const m = buf.match(/http:\/\/127\.0\.0\.1:\d+\//);
        if (m) ok(m[0]);
      });
      child.on('exit', (code) => fail(new Error(`serve exited with ${code}`)));
    });
    const res = await fetch(new URL('/api/project.info', url), { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    child.kill('SIGTERM');
    await new Promise((ok) => child.on('exit', ok));
  });
});
