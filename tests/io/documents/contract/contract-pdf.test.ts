import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { yuanInCapitals } from '../../../../src/domain/contract/capital-numerals';
import { renderContract } from '../../../../src/io/documents/contract/write-contract';
import { chromiumPdfPrinter, findChromium, NoChromiumError } from '../../../../src/io/documents/print/chromium-printer';
import { PRINTED_AT, PRINTED_MARK } from '../register-head-fixture';
import { contractView, MAP_SVG } from './view-fixture';

const dir = mkdtempSync(join(tmpdir(), 'landlink-pdf-'));
const printer = chromiumPdfPrinter();
afterAll(() => printer.close());
const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

describe.skipIf(!findChromium())('contract PDF through Chromium', () => {
  it('is A4 with its CJK fonts embedded and no Type 3 font, and holds the number, 大写 and every parcel code', async () => {
    const view = contractView(12, 40);
    const file = join(dir, 'many.pdf');
    writeFileSync(file, await renderContract(view, 'pdf', MAP_SVG, printer, PRINTED_AT));
    const fonts = run('pdffonts', file);
    expect(fonts).not.toContain('Type 3');
    expect(fonts).toMatch(/UMing|SimSun|WenQuanYi|SimHei/);
    for (const line of fonts.split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/\syes\s+yes\s+yes\s/);
    const info = run('pdfinfo', file);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+|Page size:.*\(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(3);
    const text = run('pdftotext', '-layout', file, '-').replace(/\s+/g, '');
    expect(text).toContain(view.number!);
    expect(text).toContain(yuanInCapitals(view.totals.annualRentYuan));
    for (const r of view.parcelRows) expect(text).toContain(r.code);
    // Number, fingerprint and audit chain head on every page: count the header/footer stamps against the page count.
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(text.split(`数据指纹：${view.fingerprint}`).length - 1).toBe(pages);
    expect(text.split(PRINTED_MARK.replace(/\s+/g, '')).length - 1).toBe(pages);
    expect(text.split(`合同编号：${view.number}`).length - 1).toBe(pages + 1);
  });

  it('marks every page of a draft with 草稿', async () => {
    const file = join(dir, 'draft.pdf');
    writeFileSync(file, await renderContract(contractView(1, 3, 'draft'), 'pdf', null, printer, PRINTED_AT));
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', file))![1]);
    for (let p = 1; p <= pages; p++) expect(run('pdftotext', '-f', String(p), '-l', String(p), file, '-').replace(/\s+/g, '')).toMatch(/草.*稿|稿.*草/);
  });
});

describe('a printer without Chromium', () => {
  it('fails with one clear line naming what is missing', async () => {
    const none = chromiumPdfPrinter(null);
    await expect(renderContract(contractView(1, 3), 'pdf', null, none, PRINTED_AT)).rejects.toBeInstanceOf(NoChromiumError);
    expect(new NoChromiumError().message).toMatch(/Chromium.*--format docx/);
  });
});
