import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { landlink } from './run-landlink';

const run = landlink;

describe('landlink print contract', () => {
  it('writes every numbered contract into the folder, prints one by number, and refuses an unknown one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'landlink-print-'));
    const file = join(dir, 'demo.gpkg');
    expect((await run('demo', file)).code).toBe(0);
    const all = await run('print', 'contract', file, 'all', '--format', 'docx', '--out', join(dir, 'out'));
    expect(all.code, all.err).toBe(0);
    const written = readdirSync(join(dir, 'out'));
    expect(written.length).toBeGreaterThanOrEqual(3);
    expect(written.every((f) => f.endsWith('.docx') && !f.startsWith('draft-'))).toBe(true);
    const number = written[0]!.replace(/\.docx$/, '');
    const one = await run('print', 'contract', file, number, '--format', 'docx', '--out', join(dir, 'one.docx'));
    expect(one.code, one.err).toBe(0);
    expect(one.out).toContain('one.docx');
    const unknown = await run('print', 'contract', file, 'NO-SUCH', '--format', 'docx', '--out', join(dir, 'x.docx'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^landlink: .*NO-SUCH/);
    expect((await run('print', 'ledger', file, 'all', '--format', 'docx', '--out', dir)).code).toBe(2);
  });
});
