import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/io/documents/print/chromium-printer';
import { landlink } from './run-landlink';

const run = async (...args: string[]) => {
  const r = await landlink(...args);
  return { ...r, out: r.out.trim() };
};

describe('landlink print case', () => {
  const dir = mkdtempSync(join(tmpdir(), 'landlink-print-case-'));
  const file = join(dir, 'demo.gpkg');
  const activeNumber = async () => {
    const list = JSON.parse((await run('call', file, 'contracts.list', '{}')).out) as { number: string | null; status: string }[];
    return list.find((c) => c.status === 'active')!.number!;
  };

  it('prints the case summary of the demo active contract, other documents on --document, and refuses an unknown contract', async () => {
    expect((await run('demo', file)).code).toBe(0);
    const number = await activeNumber();
    const docx = await run('print', 'case', file, number, '--format', 'docx', '--out', join(dir, 'summary.docx'));
    expect(docx.code, docx.err).toBe(0);
    expect(docx.out).toBe(join(dir, 'summary.docx'));
    const register = await run('print', 'case', file, number, '--format', 'docx', '--out', join(dir, 'register'), '--document', 'filingRegister');
    expect(register.code, register.err).toBe(0);
    expect(register.out).toBe(join(dir, 'register.docx'));
    const consents = await run('print', 'case', file, number, '--format', 'docx', '--out', join(dir, 'consent'), '--document', 'consent', '--consent', 'mortgage');
    expect(consents.code, consents.err).toBe(0);
    expect(consents.out.split('\n').every((f) => f.startsWith(join(dir, 'consent')) && f.endsWith('.docx'))).toBe(true);
    expect((await run('print', 'case', file, 'NO-SUCH', '--format', 'docx', '--out', join(dir, 'x.docx'))).err).toMatch(/^landlink: .*NO-SUCH/);
    expect((await run('print', 'case', file, number, '--format', 'docx', '--out', join(dir, 'y.docx'), '--document', 'ledger')).code).toBe(2);
  });

  it.skipIf(!findChromium())('prints the summary as a one-page A4 PDF', async () => {
    const out = join(dir, 'summary.pdf');
    const r = await run('print', 'case', file, await activeNumber(), '--format', 'pdf', '--out', out);
    expect(r.code, r.err).toBe(0);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+|\(A4\)/);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('土地流转案件六方进度表');
  });
});
