import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { yuanInCapitals } from '../../../../src/domain/contract/capital-numerals';
import { caseFingerprint } from '../../../../src/io/documents/case/case-document-frame';
import { renderCaseDocument, type CaseDocumentRequest } from '../../../../src/io/documents/case/write-case-document';
import { chromiumPdfPrinter, findChromium } from '../../../../src/io/documents/print/chromium-printer';
import { PRINTED_AT, PRINTED_MARK } from '../register-head-fixture';
import { caseSources } from './case-fixture';

const dir = mkdtempSync(join(tmpdir(), 'landlink-case-docs-'));
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', file))![1]);

describe.skipIf(!findChromium())('case documents as PDF through Chromium', () => {
  const printer = chromiumPdfPrinter();
  afterAll(() => printer.close());

  async function pdf(name: string, req: CaseDocumentRequest) {
    const src = caseSources();
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await renderCaseDocument(src, req, 'pdf', printer, PRINTED_AT));
    const fonts = run('pdffonts', file);
    expect(fonts).not.toContain('Type 3');
    for (const line of fonts.split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/\syes\s+yes\s+yes\s/);
    expect(run('pdfinfo', file)).toMatch(/Page size:\s+595\.\d+ x 841\.\d+|Page size:.*\(A4\)/);
    return { src, file, text: run('pdftotext', '-layout', file, '-').replace(/\s+/g, '') };
  }

  it('prints the case summary on one A4 page with all six lanes, the gate and the fingerprint', async () => {
    const { src, file, text } = await pdf('summary', { document: 'caseSummary' });
    expect(pages(file)).toBe(1);
    for (const lane of ['流出方', '流入方', '农业农村部门', '银行', '保险机构', '供销社']) expect(text).toContain(lane);
    expect(text).toContain('LM-02');
    expect(text).toContain(`数据指纹：${caseFingerprint(src)}`);
    expect(text).toContain(src.contract.number!);
  });

  it('prints the trusteeship contract with the total in 大写 and the standards annex on its own page, stamped on every page', async () => {
    const { src, file, text } = await pdf('trusteeship', { document: 'trusteeshipContract', trusteeshipId: 11 });
    const n = pages(file);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(text).toContain(yuanInCapitals(23100));
    expect(text).toContain('第九条');
    expect(run('pdftotext', '-f', String(n), '-l', String(n), file, '-')).toContain('农作物生产托管服务标准指引');
    expect(text.split(`数据指纹：${caseFingerprint(src)}`).length - 1).toBe(n);
    expect(text.split(PRINTED_MARK.replace(/\s+/g, '')).length - 1).toBe(n);
  });
});

describe('case documents as .docx', () => {
  it('are A4 with repeating table headers, rows that never split, and the fingerprint in the footer', async () => {
    const src = caseSources();
    for (const req of [{ document: 'filingRegister' }, { document: 'consent', householdId: 101, consentKind: 'mortgage' }, { document: 'trusteeshipContract', trusteeshipId: 11 }] as const) {
      const files = unzipSync(await renderCaseDocument(src, req, 'docx', chromiumPdfPrinter(null), PRINTED_AT));
      const body = strFromU8(files['word/document.xml']!);
      const footers = Object.keys(files).filter((k) => /^word\/footer\d*\.xml$/.test(k)).map((k) => strFromU8(files[k]!)).join('');
      expect(body, req.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(body).toContain('<w:tbl>');
      expect(body.match(/<w:tblHeader\/>/g)!.length).toBe(body.match(/<w:tbl>/g)!.length);
      expect(body.match(/<w:cantSplit\/>/g)!.length).toBe(body.match(/<w:tr>|<w:tr /g)!.length);
      expect(footers).toContain(caseFingerprint(src));
      expect(footers).toContain(PRINTED_MARK);
    }
    writeFileSync(join(dir, 'trusteeship.docx'), await renderCaseDocument(src, { document: 'trusteeshipContract', trusteeshipId: 11 }, 'docx', chromiumPdfPrinter(null), PRINTED_AT));
  });
});
