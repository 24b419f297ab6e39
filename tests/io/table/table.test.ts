import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../../../src/io/shapefile/gbk-encoder';
import { readTable, readTableFromPath } from '../../../src/io/table/table-reader';
import { writeXlsx, type SheetSpec } from '../../../src/io/table/xlsx-writer';
import { tempDir } from '../geopackage/fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => {
  const r = encodeGbk(s);
  if (!('bytes' in r)) throw new Error(r.unmappable);
  return r.bytes;
};

async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readTable on .xlsx', () => {
  it('takes the first non-empty row as header and reads text codes exactly, numbers, dates and formula results', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('承包方');
      ws.getCell('A3').value = '身份证号';
      ws.getCell('B3').value = '地块编码';
      ws.getCell('C3').value = '面积（亩）';
      ws.getCell('D3').value = '签订日期';
      ws.getCell('E3').value = '合计';
      ws.addRow(['370722198001011234', '3717220010000000001', 1.25, new Date(Date.UTC(2024, 2, 1)), { formula: 'C4*2', result: 2.5 }]);
      ws.addRow([]);
      ws.addRow(['37072219800101123X', '3717220010000000002', 3, new Date(Date.UTC(2023, 11, 31)), { formula: 'C6*2', result: 6 }]);
    });
    const layer = await readTable(bytes, 'households.xlsx');
    expect(layer.problems).toEqual([]);
    expect(layer).toMatchObject({ format: 'xlsx', name: '承包方', crs: { srsId: null, how: 'unknown', detail: 'no geometry', swapped: false } });
    expect(layer.fields).toEqual([
      { name: '身份证号', type: 'string' },
      { name: '地块编码', type: 'string' },
      { name: '面积（亩）', type: 'number' },
      { name: '签订日期', type: 'date' },
      { name: '合计', type: 'number' },
    ]);
    expect(layer.features.map((f) => [f.record, f.geometry, f.attrs])).toEqual([
      [1, null, { 身份证号: '370722198001011234', 地块编码: '3717220010000000001', '面积（亩）': 1.25, 签订日期: '2024-03-01', 合计: 2.5 }],
      [2, null, { 身份证号: '37072219800101123X', 地块编码: '3717220010000000002', '面积（亩）': 3, 签订日期: '2023-12-31', 合计: 6 }],
    ]);
  });

  it('warns about 19-digit codes that Excel has already rounded to a number', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow(['dkbm']);
      ws.addRow([3717220010000000001]);
      ws.addRow(['3717220010000000002']);
    });
    const layer = await readTable(bytes, 'rounded.xlsx');
    expect(layer.problems).toEqual([expect.objectContaining({ file: 'rounded.xlsx', record: 1, fatal: false })]);
    expect(layer.problems[0]!.reason).toMatch(/第 2 行.*dkbm.*舍入/);
  });

  it('reads the sheet named by opts.layer and lists the sheets when it is missing', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet('一').addRow(['a']);
      const two = wb.addWorksheet('二');
      two.addRow(['b']);
      two.addRow(['x']);
    });
    expect((await readTable(bytes, 't.xlsx', { layer: '二' })).features[0]!.attrs).toEqual({ b: 'x' });
    const missing = await readTable(bytes, 't.xlsx', { layer: '三' });
    expect(missing.problems[0]).toMatchObject({ fatal: true, reason: expect.stringMatching(/三.*一、二/) });
  });

  it('reports a file that is not an xlsx as a fatal problem', async () => {
    const layer = await readTable(utf8('not a zip'), 'fake.xlsx');
    expect(layer.problems).toEqual([expect.objectContaining({ file: 'fake.xlsx', record: null, fatal: true })]);
  });
});

describe('readTable on .csv', () => {
  const text = '地块编码,户主,面积,日期\n3717220010000000001,张三,1.5,2024/3/1\n0371,李四,2,2024-03-02\n';

  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'utf-8'],
    ['UTF-8 without BOM', utf8(text), 'utf-8'],
    ['GBK', gbk(text), 'gbk'],
  ])('sniffs %s and keeps codes as exact text', async (_, bytes, label) => {
    const layer = await readTable(bytes, 'parcels.csv');
    expect(layer.encoding).toMatchObject({ label, how: 'detected' });
    expect(layer.problems).toEqual([]);
    expect(layer.fields).toEqual([
      { name: '地块编码', type: 'string' },
      { name: '户主', type: 'string' },
      { name: '面积', type: 'number' },
      { name: '日期', type: 'date' },
    ]);
    expect(layer.features.map((f) => f.attrs)).toEqual([
      { 地块编码: '3717220010000000001', 户主: '张三', 面积: 1.5, 日期: '2024-03-01' },
      { 地块编码: '0371', 户主: '李四', 面积: 2, 日期: '2024-03-02' },
    ]);
  });

  it('is read through the path form', async () => {
    const path = join(tempDir(), 'p.csv');
    writeFileSync(path, utf8(text));
    const layer = await readTableFromPath(path);
    expect(layer.format).toBe('csv');
    expect(layer.file).toBe(path);
  });

  it('decodes with the encoding the user names', async () => {
    const layer = await readTable(gbk(text), 'x.csv', { encoding: 'CP936' });
    expect(layer.encoding).toMatchObject({ label: 'gbk', how: 'given' });
    expect(layer.features[0]!.attrs.户主).toBe('张三');
    expect((await readTable(gbk(text), 'x.csv', { encoding: 'latin-9' })).problems[0]).toMatchObject({ fatal: true });
  });

  it('warns about codes Excel saved in scientific notation and rows longer than the header', async () => {
    const layer = await readTable(utf8('dkbm,name\n3.71722E+18,a\n123,b,extra\n'), 'x.csv');
    expect(layer.problems.map((p) => [p.record, p.fatal])).toEqual([
      [1, false],
      [2, false],
    ]);
    expect(layer.problems[0]!.reason).toContain('舍入');
    expect(layer.problems[1]!.reason).toContain('比表头的 2 列多');
  });
});

describe('writeXlsx', () => {
  const sheet: SheetSpec = {
    name: '承包地块台账',
    fields: [
      { name: '地块编码', type: 'string' },
      { name: '承包方代表姓名', type: 'string' },
      { name: '面积（亩）', type: 'number' },
      { name: '块数', type: 'integer' },
      { name: '签订日期', type: 'date' },
    ],
    rows: [
      { 地块编码: '3717220010000000001', 承包方代表姓名: '张三', '面积（亩）': 0.1 + 0.2, 块数: 2, 签订日期: '2024-03-01' },
      { 地块编码: '3717220010000000002', 承包方代表姓名: '欧阳娜娜娜', '面积（亩）': 12.5, 块数: 1, 签订日期: null },
    ],
  };

  it('writes a bold frozen header, text code columns, number formats and widths fitting Chinese text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx([sheet, { ...sheet, name: '承包地块台账' }])) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['承包地块台账', '承包地块台账(2)']);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A2').value).toBe('3717220010000000001');
    expect(ws.getCell('A2').numFmt).toBe('@');
    expect(ws.getCell('C2').value).toBe(0.1 + 0.2);
    expect(ws.getCell('C2').numFmt).toBe('#,##0.00##');
    expect(ws.getCell('E2').value).toEqual(new Date(Date.UTC(2024, 2, 1)));
    // 承包方代表姓名: 7 CJK characters = 14 units, plus padding.
    expect(ws.getColumn(2).width).toBe(16);
    expect(ws.getColumn(1).width).toBe(21);
  });

  it('round-trips through readTable with the same fields and values', async () => {
    const back = await readTable(new Uint8Array(await writeXlsx([sheet])), 'out.xlsx');
    expect(back.problems).toEqual([]);
    expect(back.fields).toEqual(sheet.fields);
    expect(back.features.map((f) => f.attrs)).toEqual(sheet.rows);
  });
});
