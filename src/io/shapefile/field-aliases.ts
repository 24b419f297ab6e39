import Papa from 'papaparse';
import { encodeGbk } from './gbk-encoder';

/** dBase allows 10 bytes per field name: 5 Chinese characters in GBK. */
export const DBF_NAME_BYTES = 10;

const gbkBytes = (text: string): number => {
  const encoded = encodeGbk(text);
  if ('unmappable' in encoded) throw new Error(`字段名“${text}”含有 GBK 无法表示的字符“${encoded.unmappable}”`);
  return encoded.bytes.length;
};

/** The longest prefix of `name` within `bytes` GBK bytes, never splitting a character. */
function prefixWithin(name: string, bytes: number): string {
  let out = '';
  for (const ch of name) {
    if (gbkBytes(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

export interface FieldNames {
  /** The name written to the .dbf for each field, in order. */
  short: string[];
  /** The fields whose names had to be shortened, for the `<base>.fields.csv` dictionary. */
  aliases: { short: string; full: string }[];
}

/**
 * DBF names for `names`: names that fit are kept, longer ones become a prefix plus `~1`, `~2`, …,
 * unique regardless of case (dBase readers compare names case-insensitively).
 */
export function shortFieldNames(names: readonly string[]): FieldNames {
  const taken = new Set<string>();
  const fits = names.map((n) => gbkBytes(n) <= DBF_NAME_BYTES);
  names.forEach((n, i) => {
    if (!fits[i]) return;
    if (taken.has(n.toUpperCase())) throw new Error(`字段名“${n}”重复（不区分大小写）`);
    taken.add(n.toUpperCase());
  });
  const aliases: FieldNames['aliases'] = [];
  const short = names.map((full, i) => {
    if (fits[i]) return full;
    for (let k = 1; ; k++) {
      const suffix = `~${k}`;
      const candidate = prefixWithin(full, DBF_NAME_BYTES - suffix.length) + suffix;
      if (!taken.has(candidate.toUpperCase())) {
        taken.add(candidate.toUpperCase());
        aliases.push({ short: candidate, full });
        return candidate;
      }
    }
  });
  return { short, aliases };
}

/** The `<base>.fields.csv` dictionary: UTF-8 with a BOM so Excel opens it in Chinese. */
export function aliasCsv(aliases: FieldNames['aliases']): string {
  return '\uFEFF' + Papa.unparse({ fields: ['short_name', 'full_name'], data: aliases.map((a) => [a.short, a.full]) }, { newline: '\r\n' }) + '\r\n';
}

/** short_name → full_name from a `<base>.fields.csv`; rows without both columns are ignored. */
export function parseAliasCsv(text: string): Map<string, string> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const map = new Map<string, string>();
  for (const row of parsed.data) {
    const short = row.short_name?.trim();
    const full = row.full_name?.trim();
    if (short && full) map.set(short, full);
  }
  return map;
}
