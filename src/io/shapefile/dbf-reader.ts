import type { AttributeValue, SourceField, SourceProblem } from '../source-layer';

export interface DbfField {
  /** Raw name bytes; decoded once the encoding is known. */
  nameBytes: Uint8Array;
  /** dBase type letter: C, N, F, L, D (others are reported and skipped). */
  type: string;
  offset: number;
  length: number;
  decimals: number;
}

export interface DbfHeader {
  recordCount: number;
  headerLength: number;
  recordLength: number;
  fields: DbfField[];
}

const isAscii = (b: number) => b < 0x80;
/** Short ASCII cells (codes, numbers) decode faster this way than through a TextDecoder call. */
const asciiText = (cell: Uint8Array) => String.fromCharCode.apply(null, cell as unknown as number[]);

const SUPPORTED_TYPES = new Set(['C', 'N', 'F', 'L', 'D']);

/** The header of a .dbf, or why it cannot be read (a fatal problem for the layer). */
export function readDbfHeader(bytes: Uint8Array): DbfHeader | string {
  if (bytes.length < 33) return `文件只有 ${bytes.length} 字节，不足以存放文件头`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength > bytes.length) return `文件头声明 ${headerLength} 字节，文件只有 ${bytes.length} 字节`;
  const fields: DbfField[] = [];
  let offset = 1; // byte 0 of a record is the deletion flag
  for (let at = 32; at + 32 <= headerLength && bytes[at] !== 0x0d; at += 32) {
    const raw = bytes.subarray(at, at + 11);
    const nul = raw.indexOf(0);
    const length = bytes[at + 16]!;
    fields.push({
      nameBytes: nul < 0 ? raw : raw.subarray(0, nul),
      type: String.fromCharCode(bytes[at + 11]!).toUpperCase(),
      offset,
      length,
      decimals: bytes[at + 17]!,
    });
    offset += length;
  }
  if (offset > recordLength) return `字段总宽 ${offset} 字节超过记录长度 ${recordLength} 字节`;
  return { recordCount, headerLength, recordLength, fields };
}

/** Up to `limit` non-blank C values, for sniffing the encoding when no .cpg says it. */
export function textSamples(bytes: Uint8Array, header: DbfHeader, limit = 2000): Uint8Array[] {
  const out: Uint8Array[] = [];
  const text = header.fields.filter((f) => f.type === 'C');
  const records = Math.min(header.recordCount, Math.floor((bytes.length - header.headerLength) / header.recordLength));
  for (let r = 0; r < records && out.length < limit; r++) {
    const base = header.headerLength + r * header.recordLength;
    for (const f of text) {
      const cell = bytes.subarray(base + f.offset, base + f.offset + f.length);
      if (cell.some((b) => b >= 0x80)) out.push(cell);
    }
  }
  return out;
}

const fieldType = (f: DbfField): SourceField['type'] => {
  if (f.type === 'C') return 'string';
  if (f.type === 'L') return 'boolean';
  if (f.type === 'D') return 'date';
  return f.decimals === 0 ? 'integer' : 'number';
};

export interface DbfRows {
  fields: SourceField[];
  /** One entry per record; null for a record marked deleted. */
  rows: (Record<string, AttributeValue> | null)[];
  problems: SourceProblem[];
}

/**
 * Decodes every record. Text uses one TextDecoder for the chosen encoding; numbers are parsed from
 * the digits as written, and an integer too large to hold exactly is reported, not rounded.
 */
export function readDbfRows(bytes: Uint8Array, header: DbfHeader, encoding: string, file: string, aliases: Map<string, string>): DbfRows {
  const problems: SourceProblem[] = [];
  const text = new TextDecoder(encoding);
  const used: (DbfField & { name: string })[] = [];
  for (const f of header.fields) {
    const short = text.decode(f.nameBytes).trim();
    const name = aliases.get(short) ?? short;
    if (SUPPORTED_TYPES.has(f.type)) used.push({ ...f, name });
    else problems.push({ file, record: null, reason: `字段 ${name} 的类型 ${f.type} 不支持，已忽略该字段`, fatal: false });
  }
  const fields = used.map((f) => ({ name: f.name, type: fieldType(f) }));
  const available = Math.floor(Math.max(0, bytes.length - header.headerLength) / header.recordLength);
  if (available < header.recordCount) {
    problems.push({ file, record: available + 1, reason: `文件被截断：文件头声明 ${header.recordCount} 条记录，只有 ${available} 条完整`, fatal: true });
  }
  const rows: DbfRows['rows'] = [];
  const count = Math.min(available, header.recordCount);
  for (let r = 0; r < count; r++) {
    const record = r + 1;
    const base = header.headerLength + r * header.recordLength;
    if (bytes[base] === 0x2a) {
      problems.push({ file, record, reason: `第 ${record} 条记录已标记删除，未导入`, fatal: false });
      rows.push(null);
      continue;
    }
    const attrs: Record<string, AttributeValue> = {};
    for (const f of used) {
      const start = base + f.offset;
      let end = start + f.length;
      while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
      const cell = bytes.subarray(start, end);
      if (f.type === 'C') {
        attrs[f.name] = end === start ? null : cell.every(isAscii) ? asciiText(cell) : text.decode(cell);
        continue;
      }
      const raw = asciiText(cell).trim();
      const parsed = parseValue(f.type, f.decimals, raw);
      if (typeof parsed === 'object' && parsed !== null) {
        problems.push({ file, record, reason: `第 ${record} 条记录字段 ${f.name} 的值“${raw}”${parsed.error}`, fatal: false });
        attrs[f.name] = null;
      } else attrs[f.name] = parsed;
    }
    rows.push(attrs);
  }
  return { fields, rows, problems };
}

function parseValue(type: string, decimals: number, raw: string): AttributeValue | { error: string } {
  if (raw === '') return null;
  if (type === 'L') {
    if (/^[TtYy]$/.test(raw)) return true;
    if (/^[FfNn]$/.test(raw)) return false;
    return raw === '?' ? null : { error: '不是逻辑值' };
  }
  if (type === 'D') {
    if (/^0+$/.test(raw)) return null;
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
    return m ? `${m[1]}-${m[2]}-${m[3]}` : { error: '不是 YYYYMMDD 日期' };
  }
  if (/^\*+$/.test(raw)) return null; // dBase fills an overflowing or absent number with asterisks
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) return { error: '不是数字' };
  const value = Number(raw);
  if (decimals === 0 && Number.isInteger(value) && !Number.isSafeInteger(value)) return { error: '超出可精确表示的整数范围' };
  return value;
}
