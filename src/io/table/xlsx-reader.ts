import ExcelJS from 'exceljs';
import type { AttributeValue, ReadOptions, SourceLayer, SourceProblem } from '../source-layer';
import { tableLayer, type TableRow } from './table-layer';
import { utcCalendarDate } from '../../domain/calendar/calendar-date';

/** Excel keeps 15 significant digits: a number this large was typed as a longer code and has been rounded. */
const ROUNDED_AT = 1e15;

type Cell = ExcelJS.CellValue;


/** A cell's value: formulas by their cached result, dates as YYYY-MM-DD, rich text and links as their text. */
function cellValue(v: Cell): AttributeValue | { error: string } {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return utcCalendarDate(v);
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if ('error' in v) return { error: v.error };
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('hyperlink' in v) return v.text;
  if ('result' in v) return v.result === undefined ? null : cellValue(v.result);
  return null;
}

/** Reads the first sheet (or opts.layer) of an .xlsx; the header is the first non-empty row. */
export async function readXlsx(bytes: Uint8Array, file: string, opts: ReadOptions = {}): Promise<SourceLayer> {
  const problems: SourceProblem[] = [];
  const empty = (reason: string) =>
    tableLayer({ file, format: 'xlsx', encoding: null, header: [], rows: [], problems: [{ file, record: null, reason, fatal: true }] });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (err) {
    return empty(`不是可读的 Excel .xlsx 文件（${(err as Error).message}）`);
  }
  const names = wb.worksheets.map((s) => s.name);
  const sheet = opts.layer !== undefined ? wb.getWorksheet(opts.layer) : wb.worksheets[0];
  if (!sheet) return empty(opts.layer !== undefined ? `没有工作表「${opts.layer}」（有：${names.join('、')}）` : '工作簿中没有工作表');

  let header: string[] | null = null;
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const width = Math.max(row.cellCount, header?.length ?? 0);
    const cells: AttributeValue[] = [];
    for (let c = 1; c <= width; c++) {
      const v = cellValue(row.getCell(c).value);
      const where = `工作表「${sheet.name}」第 ${rowNumber} 行第 ${c} 列`;
      if (v !== null && typeof v === 'object') {
        problems.push({ file, record: header ? rows.length + 1 : null, reason: `${where}是错误值 ${v.error}，按空值导入`, fatal: false });
        cells.push(null);
        continue;
      }
      if (header && typeof v === 'number' && Math.abs(v) >= ROUNDED_AT) {
        const reason =
          `${where}（${header[c - 1] ?? ''}）的数字 ${v} 超过 15 位，Excel 已把它舍入，原值无法恢复；` +
          '身份证号、地块编码等请在 Excel 中把该列设为文本后重新录入';
        problems.push({ file, record: rows.length + 1, reason, fatal: false });
      }
      cells.push(v);
    }
    if (cells.every((c) => c === null)) return;
    if (!header) header = cells.map((c) => (c === null ? '' : String(c)));
    else rows.push({ where: `工作表「${sheet.name}」第 ${rowNumber} 行`, cells });
  });
  return tableLayer({ file, name: sheet.name, format: 'xlsx', encoding: null, header: header ?? [], rows, problems });
}
