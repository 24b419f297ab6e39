import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../src/host/bin.mjs', import.meta.url).pathname;
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: r.status, out: r.stdout, err: r.stderr.trim() };
};

describe('landlink print contract', () => {
  it('writes every numbered contract into the folder, prints one by number, and refuses an unknown one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'landlink-print-'));
    const file = join(dir, 'demo.gpkg');
    expect(run('demo', file).code).toBe(0);
    const all = run('print', 'contract', file, 'all', '--format', 'docx', '--out', join(dir, 'out'));
    expect(all.code, all.err).toBe(0);
    const written = readdirSync(join(dir, 'out'));
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(written.every((f) => f.endsWith('.docx') && !f.startsWith('draft-'))).toBe(true);
    const number = written[0]!.replace(/\.docx$/, '');
    const one = run('print', 'contract', file, number, '--format', 'docx', '--out', join(dir, 'one.docx'));
    expect(one.code, one.err).toBe(0);
    expect(one.out).toContain('one.docx');
    const unknown = run('print', 'contract', file, 'NO-SUCH', '--format', 'docx', '--out', join(dir, 'x.docx'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^landlink: .*NO-SUCH/);
    expect(run('print', 'ledger', file, 'all', '--format', 'docx', '--out', dir).code).toBe(2);
  });
});
