import Papa from 'papaparse';
import { normaliseEncodingLabel } from '../shapefile/encoding';
import type { AttributeValue, EncodingGuess, ReadOptions, SourceLayer, SourceProblem } from '../source-layer';
import { tableLayer, type TableRow } from './table-layer';

/** What Excel writes for a long code it has already rounded, e.g. 3.71722E+18. */
const ROUNDED_SCIENTIFIC = /^[-+]?\d(\.\d+)?E\+(1[5-9]|[2-9]\d)$/i;
// No leading zeros, no exponent, at most 15 digits: anything else (codes, ID numbers) stays text.
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

const digitCount = (s: string) => s.replace(/\D/g, '').length;

function decode(bytes: Uint8Array, opts: ReadOptions): { text: string; encoding: EncodingGuess } | string {
  if (opts.encoding !== undefined) {
    const label = normaliseEncodingLabel(opts.encoding);
    if (!label) return `无法识别指定的编码「${opts.encoding}」（可用 UTF-8、GBK、GB18030）`;
    return { text: new TextDecoder(label).decode(bytes), encoding: { label, how: 'given', detail: `用户指定 ${opts.encoding}` } };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: { label: 'utf-8', how: 'detected', detail: '文件以 UTF-8 BOM 开头' } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: { label: 'utf-8', how: 'detected', detail: '内容是有效的 UTF-8（无 BOM）' } };
  } catch {
    // Excel on Chinese Windows saves "CSV" in the ANSI code page, which is GBK.
    return { text: new TextDecoder('gbk').decode(bytes), encoding: { label: 'gbk', how: 'detected', detail: '内容不是有效的 UTF-8，按 GBK 解码' } };
  }
}

/** Column values typed as a whole: numbers only when every value is a plain number, dates when every value is one. */
function typeColumn(values: string[]): AttributeValue[] {
  const present = values.filter((v) => v !== '');
  if (present.length && present.every((v) => PLAIN_NUMBER.test(v) && digitCount(v) <= 15)) {
    return values.map((v) => (v === '' ? null : Number(v)));
  }
  if (present.length && present.every((v) => DATE.test(v))) {
    return values.map((v) => {
      const m = DATE.exec(v);
      return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
    });
  }
  return values.map((v) => (v === '' ? null : v));
}

/** Reads a CSV (delimiter detected) whose header is the first non-empty row. */
export function readCsv(bytes: Uint8Array, file: string, opts: ReadOptions = {}): SourceLayer {
  const problems: SourceProblem[] = [];
  const decoded = decode(bytes, opts);
  if (typeof decoded === 'string') {
    return tableLayer({ file, format: 'csv', encoding: null, header: [], rows: [], problems: [{ file, record: null, reason: decoded, fatal: true }] });
  }
  const parsed = Papa.parse<string[]>(decoded.text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  // A one-column file has no delimiter to detect; that is not a defect.
  for (const e of parsed.errors.filter((e) => e.type !== 'Delimiter')) {
    // Parsed row 0 is the header, so a data row's index is its record number.
    const record = e.row ? e.row : null;
    problems.push({ file, record, reason: `CSV 格式错误（${e.code}：${e.message}）`, fatal: e.code === 'MissingQuotes' });
  }
  const [header = [], ...data] = parsed.data.map((r) => r.map((c) => c.trim()));
  const width = Math.max(header.length, ...data.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, c) => typeColumn(data.map((r) => r[c] ?? '')));
  const rows: TableRow[] = data.map((r, i) => ({ where: `第 ${i + 1} 条记录`, cells: r.map((_, c) => columns[c]![i]!) }));
  data.forEach((r, i) =>
    r.forEach((v, c) => {
      if (!ROUNDED_SCIENTIFIC.test(v)) return;
      const reason =
        `第 ${i + 1} 条记录「${header[c] ?? `第${c + 1}列`}」的值 ${v} 是 Excel 舍入后的长数字，原值无法恢复；` +
        '请在 Excel 中把该列设为文本后重新录入并导出';
      problems.push({ file, record: i + 1, reason, fatal: false });
    }),
  );
  return tableLayer({ file, format: 'csv', encoding: decoded.encoding, header, rows, problems });
}
