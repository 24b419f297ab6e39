import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfPrinter, findChromium } from '../../../../src/io/documents/print/chromium-printer';
import type { ProposalInput } from '../../../../src/io/documents/proposal/proposal-input';
import { formatMu, formatPct, formatYuan } from '../../../../src/io/documents/proposal/proposal-numbers';
import { renderProposal } from '../../../../src/io/documents/proposal/write-proposal';
import { PRINTED_AT, PRINTED_MARK } from '../register-head-fixture';
import { demoProposal } from './demo-proposal';

const run = (cmd: string, ...args: string[]) => execFileSync(cmd, args, { encoding: 'utf8' });

describe.skipIf(!findChromium())('the relocation proposal as PDF through Chromium', () => {
  const printer = chromiumPdfPrinter();
  afterAll(() => printer.close());
  let input: ProposalInput;
  let file: string;
  beforeAll(async () => {
    input = demoProposal();
    file = join(mkdtempSync(join(tmpdir(), 'landlink-proposal-pdf-')), 'proposal.pdf');
    writeFileSync(file, await renderProposal(input, 'pdf', printer, PRINTED_AT));
  }, 120000);

  it('is A4 with its CJK fonts embedded as TrueType and no Type 3 font', () => {
    const fonts = run('pdffonts', file);
    expect(fonts).not.toContain('Type 3');
    expect(fonts).toMatch(/UMing|SimSun/);
    expect(run('pdfinfo', file)).toMatch(/Page size:\s+595\.\d+ x 84[12]\.\d+/);
  });

  it('carries the project code in the header and the data fingerprint and audit chain head in the footer of every page', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', file))![1]);
    expect(pages).toBeGreaterThanOrEqual(6);
    for (let p = 1; p <= pages; p++) {
      const page = run('pdftotext', '-f', String(p), '-l', String(p), file, '-').replace(/\s+/g, '');
      expect(page).toContain(`项目编号：${input.project.code}`);
      expect(page).toContain(`数据指纹：${input.fingerprint}`);
      expect(page).toContain(PRINTED_MARK.replace(/\s+/g, ''));
    }
  });

  it('holds the key figures: balance, consent rate, total cost, revenue and the ledger’s surplus', () => {
    const text = run('pdftotext', '-layout', file, '-').replace(/\s+/g, '');
    const e = input.comparison!.evaluations[0]!;
    const demolition = input.parcels.demolition.reduce((s, p) => s + p.areaM2, 0);
    for (const figure of [
      formatMu(demolition),
      '40.89',
      formatPct(input.consent!.rate),
      formatYuan(e.totalCostYuan),
      formatYuan(e.revenue.yuan),
      formatMu(input.quota.balance.surplusAvailableM2),
      '王桥村拆旧地块图',
      '比例尺1:',
    ]) expect(text).toContain(figure);
  });
});
