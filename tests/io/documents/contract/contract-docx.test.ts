import { strFromU8, unzipSync, unzlibSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { contractDocument } from '../../../../src/io/documents/contract/contract-document';
import { documentDocx } from '../../../../src/io/documents/engine/document-docx';
import { renderContract } from '../../../../src/io/documents/contract/write-contract';
import { chromiumPdfPrinter, findChromium } from '../../../../src/io/documents/print/chromium-printer';
import { PRINTED_AT, PRINTED_MARK } from '../register-head-fixture';
import { contractView, MAP_SVG } from './view-fixture';

/** Layout tests need no raster: with none drawn, the map's PNG twin is the blank pixel. */
const noRaster = async () => null;

async function docxParts(households: number, parcels: number, status: 'numbered' | 'draft' = 'numbered') {
  const view = contractView(households, parcels, status);
  const files = unzipSync(await documentDocx(contractDocument(view, { mapSvg: MAP_SVG }), noRaster));
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

/** Width, height and RGB pixels of an 8-bit RGB or RGBA PNG, undoing the per-row filters. */
function decodePng(png: Uint8Array): { width: number; height: number; rgb: (x: number, y: number) => [number, number, number] } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const [depth, colour] = [png[24], png[25]];
  expect(depth).toBe(8);
  const channels = colour === 6 ? 4 : 3;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    if (strFromU8(png.subarray(at + 4, at + 8)) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = unzlibSync(new Uint8Array(Buffer.concat(idat)));
  const stride = width * channels;
  const px = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= channels ? px[y * stride + i - channels]! : 0;
      const b = y > 0 ? px[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= channels ? px[(y - 1) * stride + i - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      px[y * stride + i] = (x + predictor) & 0xff;
    }
  }
  const rgb = (x: number, y: number): [number, number, number] => [px[y * stride + x * channels]!, px[y * stride + x * channels + 1]!, px[y * stride + x * channels + 2]!];
  return { width, height, rgb };
}

const media = (files: Record<string, Uint8Array>, ext: string) => Object.keys(files).filter((k) => k.startsWith('word/media/') && k.endsWith(ext));

describe.skipIf(!findChromium())('the map in a contract .docx', () => {
  const printer = chromiumPdfPrinter();
  afterAll(() => printer.close());

  it('keeps the SVG as the picture and gives Word without SVG a 1600 px PNG of the same map', async () => {
    const files = unzipSync(await renderContract(contractView(1, 3), 'docx', MAP_SVG, printer, PRINTED_AT));
    const [svg] = media(files, '.svg');
    const [png] = media(files, '.png');
    expect(strFromU8(files[svg!]!)).toBe(MAP_SVG);
    const body = strFromU8(files['word/document.xml']!);
    expect(body).toMatch(/<a:blip r:embed="[^"]+"/);
    expect(body).toMatch(/<asvg:svgBlip[^>]*r:embed="[^"]+"/);
    const { width, height, rgb } = decodePng(files[png!]!);
    // The fixture's viewBox is 170 × 200, so the raster keeps that shape.
    expect([width, height]).toEqual([1600, Math.round((1600 * 200) / 170)]);
    // The parcel square (40..120 of 170 across, 40..120 of 200 down) is filled #fde68a; the corner is paper white.
    expect(rgb(Math.round((80 / 170) * width), Math.round((60 / 200) * height))).toEqual([0xfd, 0xe6, 0x8a]);
    expect(rgb(2, 2)).toEqual([255, 255, 255]);
  });

  it('still writes the .docx without Chromium, the SVG then standing with a blank 1×1 twin', async () => {
    const files = unzipSync(await renderContract(contractView(1, 3), 'docx', MAP_SVG, chromiumPdfPrinter(null), PRINTED_AT));
    expect(media(files, '.svg')).toHaveLength(1);
    const footers = Object.keys(files).filter((k) => /^word\/footer\d*\.xml$/.test(k)).map((k) => strFromU8(files[k]!)).join('');
    expect(footers).toContain(PRINTED_MARK);
    const { width, height } = decodePng(files[media(files, '.png')[0]!]!);
    expect([width, height]).toEqual([1, 1]);
  });
});


describe('the amendment record', () => {
  it('follows the signed text, naming the parcels replaced and their successors with the date and reason', async () => {
    const view = contractView(1, 3, 'numbered');
    const [row] = view.parcelRows;
    view.amendments = [
      {
        id: 1,
        contractId: view.id,
        no: 1,
        editId: 9,
        kind: 'split',
        amendedOn: '2026-11-20',
        reason: '修建机耕路，地块一分为二',
        changes: { from: [{ id: row!.parcelId, code: row!.code, areaM2: 1000 }], to: [] },
        recordedAt: '2026-11-20T02:00:00.000Z',
        recordedBy: '王芳',
        text: `地块 ${row!.code}（1.50 亩） 分割为 A1（0.75 亩）、A2（0.75 亩）`,
      },
    ];
    const files = unzipSync(await documentDocx(contractDocument(view, { mapSvg: MAP_SVG }), noRaster));
    const body = strFromU8(files['word/document.xml']!);
    expect(body).toContain('合同变更记录');
    expect(body).toContain(`第 1 号变更（2026-11-20）：地块 ${row!.code}（1.50 亩） 分割为 A1（0.75 亩）、A2（0.75 亩）。变更原因：修建机耕路，地块一分为二。`);
    // Without amendments there is no such section.
    const plain = unzipSync(await documentDocx(contractDocument(contractView(1, 3, 'numbered'), { mapSvg: MAP_SVG }), noRaster));
    expect(strFromU8(plain['word/document.xml']!)).not.toContain('合同变更记录');
  });
});
