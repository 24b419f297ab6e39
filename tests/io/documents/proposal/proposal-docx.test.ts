import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentDocx } from '../../../../src/io/documents/engine/document-docx';
import { proposalDocument } from '../../../../src/io/documents/proposal/proposal-document';
import type { ProposalInput } from '../../../../src/io/documents/proposal/proposal-input';
import { proposalMaps } from '../../../../src/io/documents/proposal/proposal-maps';
import { formatYuan } from '../../../../src/io/documents/proposal/proposal-numbers';
import { demoProposal } from './demo-proposal';

/** Layout tests need no raster: with none drawn, each map's PNG twin is the blank pixel. */
const noRaster = async () => null;

let input: ProposalInput;
let files: Record<string, Uint8Array>;
let body: string;
beforeAll(async () => {
  input = demoProposal();
  files = unzipSync(await documentDocx(proposalDocument(input, { maps: proposalMaps(input) }), noRaster));
  body = strFromU8(files['word/document.xml']!);
});

describe('the relocation proposal as .docx', () => {
  it('is a valid zip holding an A4 portrait Word document', () => {
    expect(Object.keys(files)).toContain('[Content_Types].xml');
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('holds the balance, rules, land-class, household, comparison, cost and ledger tables with their headers repeating', () => {
    const tables = body.match(/<w:tbl>/g)!.length;
    expect(tables).toBeGreaterThanOrEqual(12);
    expect(body.match(/<w:tblHeader\/>/g)!.length).toBeGreaterThanOrEqual(tables - 1);
    for (const text of ['结余（拆旧－建新）', 'ZJ-09', '未利用地', '同意', '统一建设安置楼房（推荐）', '复垦费用', '节余指标交易']) expect(body).toContain(text);
    expect(body).toContain(formatYuan(input.comparison!.evaluations[0]!.totalCostYuan));
  });

  it('embeds each map as SVG and puts the code in the header and the fingerprint in the footer', () => {
    expect(Object.keys(files).filter((k) => k.startsWith('word/media/') && k.endsWith('.svg'))).toHaveLength(proposalMaps(input).length);
    const part = (re: RegExp) => Object.keys(files).filter((k) => re.test(k)).map((k) => strFromU8(files[k]!)).join('');
    expect(part(/^word\/header\d*\.xml$/)).toContain(input.project.code);
    expect(part(/^word\/footer\d*\.xml$/)).toContain(input.fingerprint);
  });
});
