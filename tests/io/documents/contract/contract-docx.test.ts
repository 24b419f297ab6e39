import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contractDocument } from '../../../../src/io/documents/contract/contract-document';
import { documentDocx } from '../../../../src/io/documents/contract/contract-docx';
import { contractView, MAP_SVG } from './view-fixture';

async function docxParts(households: number, parcels: number, status: 'numbered' | 'draft' = 'numbered') {
  const view = contractView(households, parcels, status);
  const files = unzipSync(await documentDocx(contractDocument(view, { mapSvg: MAP_SVG })));
  const text = (re: RegExp) => Object.keys(files).filter((k) => re.test(k)).map((k) => strFromU8(files[k]!)).join('\n');
  return { view, files, body: text(/^word\/document\.xml$/), headers: text(/^word\/header\d*\.xml$/), footers: text(/^word\/footer\d*\.xml$/) };
}

describe('contract .docx', () => {
  it('is A4 portrait with 宋体 body and 黑体 titles in the eastAsia font slot', async () => {
    const { body } = await docxParts(1, 3);
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toContain('w:eastAsia="宋体"');
    expect(body).toContain('w:eastAsia="黑体"');
    expect(body).not.toMatch(/<w:b\/>|<w:b w:val="(true|1)"\/>/);
  });

  it('repeats the parcel table header on every page and never splits a row', async () => {
    const { body, view } = await docxParts(12, 40);
    const parcelTable = body.slice(body.indexOf('坐落（四至）') - 4000, body.indexOf('（二）'));
    expect(parcelTable.match(/<w:tblHeader\/>/g)!.length).toBeGreaterThanOrEqual(2);
    const rows = parcelTable.match(/<w:tr>|<w:tr /g)!.length;
    expect(parcelTable.match(/<w:cantSplit\/>/g)!.length).toBe(rows);
    for (const r of view.parcelRows) expect(body).toContain(r.code);
  });

  it('prints the number in the page header and the fingerprint and page numbers in the footer', async () => {
    const { headers, footers, view } = await docxParts(12, 40);
    expect(headers).toContain(view.number!);
    expect(footers).toContain(view.fingerprint);
    expect(footers).toContain('PAGE');
    expect(footers).toContain('NUMPAGES');
    expect(headers).not.toContain('草稿');
  });

  it('gives a draft the 草稿 watermark in the header and （草稿） in its number', async () => {
    const { headers, body } = await docxParts(12, 40, 'draft');
    expect(headers).toMatch(/<v:textpath[^>]*string="草稿"/);
    expect(body).toContain('（未编号）（草稿）');
  });

  it('states the total area, the annual rent in 大写 and a signing line with a fingerprint box per household', async () => {
    const { body, view } = await docxParts(12, 40);
    expect(body).toContain('93.57亩');
    expect(body).toContain('大写：捌万肆仟贰佰壹拾');
    expect(body).toContain('按指印');
    for (const t of view.transferors) expect(body).toContain(t.idNumber!);
    expect(body).toContain('附表：甲方农户名册');
    expect(Object.keys((await docxParts(1, 3)).files).some((k) => k.endsWith('.svg'))).toBe(true);
  });
});
