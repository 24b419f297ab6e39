import type { AttributeValue, SourceField } from '../source-layer';
import { encodeGbk } from './gbk-encoder';

const MAX_WIDTH = 254;
/** dBase language driver 0x4D: ANSI code page 936 (GBK), for readers that ignore the .cpg. */
const LDID_GBK = 0x4d;

interface Column {
  name: Uint8Array;
  type: 'C' | 'N' | 'L' | 'D';
  width: number;
  decimals: number;
  /** The cell bytes of each record, already at most `width` long; null is written as blanks. */
  cells: (Uint8Array | null)[];
}

const utf8 = new TextEncoder();
/** Digits and T/F/? are ASCII, whose UTF-8 bytes are the bytes dBase wants. */
const ascii = (text: string) => utf8.encode(text);

/** The longest length among `items`, at least `min` (no spread: a county has 100k records). */
const longest = (items: readonly ({ length: number } | null)[], min: number) => items.reduce((n, t) => Math.max(n, t?.length ?? 0), min);

/** A double as plain digits (no exponent) that parses back to the same double. */
export function plainDecimal(value: number): string {
  const shortest = String(value);
  const m = /^(-?)(\d)(?:\.(\d+))?e([-+]\d+)$/.exec(shortest);
  if (!m) return shortest;
  const [, sign, lead, frac = '', expText] = m;
  const digits = lead! + frac;
  const exp = Number(expText);
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  return digits.length > exp + 1 ? `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}` : sign + digits.padEnd(exp + 1, '0');
}

function column(field: SourceField, name: Uint8Array, values: AttributeValue[]): Column {
  const fail = (record: number, why: string): never => {
    throw new Error(`字段 ${field.name} 第 ${record} 条记录：${why}`);
  };
  const numbers = (v: AttributeValue, record: number): number => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(record, `值 ${String(v)} 不是有限的数字`);
    return v;
  };
  if (field.type === 'string') {
    const cells = values.map((v, i) => {
      if (v === null) return null;
      const encoded = encodeGbk(String(v));
      if ('unmappable' in encoded) return fail(i + 1, `字符“${encoded.unmappable}”无法用 GBK 表示`);
      if (encoded.bytes.length > MAX_WIDTH) return fail(i + 1, `文本 ${encoded.bytes.length} 字节，超过 Shapefile 上限 ${MAX_WIDTH} 字节`);
      return encoded.bytes;
    });
    return { name, type: 'C', width: longest(cells, 1), decimals: 0, cells };
  }
  if (field.type === 'integer') {
    const texts = values.map((v, i) => {
      if (v === null) return null;
      if (!Number.isSafeInteger(numbers(v, i + 1))) return fail(i + 1, `值 ${v} 不是可精确表示的整数`);
      return String(v);
    });
    return { name, type: 'N', width: longest(texts, 1), decimals: 0, cells: texts.map((t) => (t === null ? null : ascii(t))) };
  }
  if (field.type === 'number') {
    // Shortest round-trip digits, padded with zeros to a common number of decimals: exact and aligned.
    const texts = values.map((v, i) => (v === null ? null : plainDecimal(numbers(v, i + 1))));
    const decimals = texts.reduce((n, t) => Math.max(n, t?.includes('.') ? t.length - t.indexOf('.') - 1 : 0), 1);
    const padded = texts.map((t) => {
      if (t === null) return null;
      const dot = t.indexOf('.');
      return dot < 0 ? `${t}.${'0'.repeat(decimals)}` : t.padEnd(dot + 1 + decimals, '0');
    });
    const width = longest(padded, decimals + 2);
    if (width > MAX_WIDTH) fail(padded.findIndex((t) => t !== null && t.length === width) + 1, `数字需要 ${width} 位，超过 ${MAX_WIDTH} 位`);
    return { name, type: 'N', width, decimals, cells: padded.map((t) => (t === null ? null : ascii(t))) };
  }
  if (field.type === 'boolean') {
    const cells = values.map((v, i) => {
      if (v === null) return ascii('?');
      if (typeof v !== 'boolean') return fail(i + 1, `值 ${String(v)} 不是逻辑值`);
      return ascii(v ? 'T' : 'F');
    });
    return { name, type: 'L', width: 1, decimals: 0, cells };
  }
  const cells = values.map((v, i) => {
    if (v === null) return null;
    const m = typeof v === 'string' ? /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(v) : null;
    return m ? ascii(m[1]! + m[2]! + m[3]!) : fail(i + 1, `值 ${String(v)} 不是 YYYY-MM-DD 日期`);
  });
  return { name, type: 'D', width: 8, decimals: 0, cells };
}

/** The .dbf bytes (dBase III, GBK text) for `fields` written under `names` (at most 10 GBK bytes each). */
export function encodeDbf(fields: readonly SourceField[], names: readonly string[], rows: readonly Record<string, AttributeValue>[]): Uint8Array {
  const columns = fields.map((f, i) => {
    const encoded = encodeGbk(names[i]!);
    if ('unmappable' in encoded) throw new Error(`字段名“${names[i]}”含有 GBK 无法表示的字符`);
    return column(f, encoded.bytes, rows.map((r) => r[f.name] ?? null));
  });
  const headerLength = 32 + 32 * columns.length + 1;
  const recordLength = 1 + columns.reduce((n, c) => n + c.width, 0);
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const view = new DataView(out.buffer);
  const now = new Date();
  out.set([0x03, now.getFullYear() - 1900, now.getMonth() + 1, now.getDate()], 0);
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  out[29] = LDID_GBK;
  columns.forEach((c, i) => {
    const at = 32 + 32 * i;
    out.set(c.name, at);
    out[at + 11] = c.type.charCodeAt(0);
    out[at + 16] = c.width;
    out[at + 17] = c.decimals;
  });
  out[headerLength - 1] = 0x0d;
  out.fill(0x20, headerLength, out.length - 1);
  let offset = 1;
  for (const c of columns) {
    c.cells.forEach((cell, r) => {
      if (!cell) return;
      const at = headerLength + r * recordLength + offset;
      // Numbers are right-aligned, text left-aligned, as dBase does.
      out.set(cell, c.type === 'N' ? at + c.width - cell.length : at);
    });
    offset += c.width;
  }
  out[out.length - 1] = 0x1a;
  return out;
}
