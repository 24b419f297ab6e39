import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openApi } from '../../src/api/service';
import { printOtherWriters } from '../../src/host/writer-notices';
import { writeShapefile } from '../../src/io/shapefile/write-shapefile';
import { rect } from '../store/fixtures';
import { otherWriter, smallProject } from '../store/other-writer';

const BIN = new URL('../../src/host/bin.mjs', import.meta.url).pathname;

/** Runs the command line in the background; `err` grows as it writes to stderr. */
function landlink(...args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LANG: 'C' } });
  const run = { out: '', err: '', code: null as number | null };
  child.stdout.on('data', (d: Buffer) => (run.out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (run.err += d.toString('utf8')));
  const exited = new Promise<typeof run>((resolve) => child.on('close', (code) => resolve({ ...run, code })));
  return { run, exited };
}

/** This test process as another LandLink writer: a `landlink serve` importing into the file. */
function holdFile(file: string): () => void {
  const other = otherWriter(file, 'landlink serve');
  return () => {
    other.release();
    other.close();
  };
}

const waitLine = new RegExp(`文件正被 landlink serve（进程 ${process.pid}，自 10:02 起）写入`);

describe('the command line while another LandLink process writes the file', () => {
  it('queues `landlink call` of an edit, saying whom it waits for, and makes the edit once the file is free', async () => {
    const file = smallProject();
    const release = holdFile(file);
    const { run, exited } = landlink('call', file, 'parcels.update', '{"id": 1, "name": "排队改名"}');
    await vi.waitFor(() => expect(run.err).toMatch(waitLine), { timeout: 30_000, interval: 100 });
    expect(run.err).toMatch(/本次调用已排队等待…/);
    expect(run.code).toBeNull();
    release();
    const done = await exited;
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out)).toMatchObject({ id: 1, name: '排队改名' });
  });

  it('queues `landlink import`, saying whom it waits for, and imports once the file is free', async () => {
    const file = smallProject();
    const shp = join(dirname(file), '新地块.shp');
    writeShapefile(shp, {
      name: '新地块',
      srsId: 4527,
      fields: [{ name: 'DKBM', type: 'string' }, { name: 'DKMC', type: 'string' }],
      features: [{ geometry: { type: 'Polygon', coordinates: rect(39403000, 3861000, 40, 50) }, attrs: { DKBM: '3717221040010100009', DKMC: '新地' } }],
    });
    const release = holdFile(file);
    const { run, exited } = landlink('import', file, shp);
    await vi.waitFor(() => expect(run.err).toMatch(waitLine), { timeout: 30_000, interval: 100 });
    expect(run.err).toMatch(/本次导入已排队等待…/);
    release();
    const done = await exited;
    expect(done.err).toMatch(/… waiting/);
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/imported 1 parcels/);
  });

  it('tells a new session which other sessions of this computer have the file open', () => {
    const file = smallProject();
    const first = openApi(file, 'li', { writer: { program: 'LandLink', session: true } });
    const second = openApi(file, 'wang', { writer: { program: 'landlink serve', session: true } });
    const lines: string[] = [];
    printOtherWriters(second, { error: (line) => lines.push(line) });
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^landlink: 注意：此文件也由 LandLink（进程 ${process.pid}，自 \\d\\d:\\d\\d 起）打开；两处的编辑都会保存`))]);
    second.close();
    first.close();
  });
});
