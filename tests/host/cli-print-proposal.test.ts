import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/io/documents/print/chromium-printer';
import { landlink } from './run-landlink';

const run = landlink;
const CODE = 'ZJGG-371722-2024-01';

describe('landlink print proposal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'landlink-print-proposal-'));
  const file = join(dir, 'demo.gpkg');
  beforeAll(async () => {
    expect((await run('demo', file)).code).toBe(0);
  });

  it('writes the demo project’s proposal as .docx by its code', async () => {
    const r = await run('print', 'proposal', file, CODE, '--format', 'docx', '--out', join(dir, 'proposal.docx'));
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim()).toBe(join(dir, 'proposal.docx'));
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'proposal.docx')))['word/document.xml']!);
    expect(xml).toContain('搬迁安置方案');
  });

  it.skipIf(!findChromium())('writes it as an A4 PDF', async () => {
    const r = await run('print', 'proposal', file, CODE, '--format', 'pdf', '--out', join(dir, 'proposal'));
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(dir, 'proposal.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses an unknown project code with exit 2 and writes nothing', async () => {
    const r = await run('print', 'proposal', file, 'NO-SUCH', '--format', 'docx', '--out', join(dir, 'none.docx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^landlink: .*NO-SUCH/);
    expect(existsSync(join(dir, 'none.docx'))).toBe(false);
  });

  it('names the proposal among the kinds when the kind is unknown', async () => {
    const r = await run('print', 'ledger', file, CODE, '--format', 'docx', '--out', join(dir, 'c.docx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('print proposal');
  });
});
