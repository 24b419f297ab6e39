import ExcelJS from 'exceljs';
import type { AttributeValue, SourceField } from '../source-layer';

export interface SheetSpec {
  name: string;
  fields: SourceField[];
  rows: Record<string, AttributeValue>[];
}

/** Number formats: integers plain, decimals with 2–4 places shown (the cell keeps the exact value). */
const NUMBER_FORMATS: Partial<Record<SourceField['type'], string>> = {
  integer: '0',
  number: '#,##0.00##',
  date: 'yyyy-mm-dd',
  string: '@',
};

/** Display width in Excel character units: CJK and full-width characters take two. */
const textWidth = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);

// Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique ignoring case.
function sheetName(raw: string, taken: Set<string>): string {
  const base = raw.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - `(${n})`.length)}(${n})`;
  taken.add(name.toLowerCase());
  return name;
}

function cellValue(v: AttributeValue | undefined, type: SourceField['type']): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  // Codes and ID numbers stay text so Excel cannot round them; dates become real dates.
  if (type === 'string') return String(v);
  if (type === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
  return v;
}

/** An .xlsx with one sheet per spec: bold frozen header, columns wide enough for their Chinese text. */
export async function writeXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const spec of sheets) {
    const ws = wb.addWorksheet(sheetName(spec.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.fields.map((f) => {
      const widest = Math.max(textWidth(f.name), ...spec.rows.map((r) => textWidth(String(r[f.name] ?? ''))));
      const numFmt = NUMBER_FORMATS[f.type];
      return { header: f.name, key: f.name, width: Math.min(Math.max(widest + 2, 8), 60), ...(numFmt ? { style: { numFmt } } : {}) };
    });
    ws.getRow(1).font = { bold: true };
    for (const row of spec.rows) ws.addRow(spec.fields.map((f) => cellValue(row[f.name], f.type)));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
