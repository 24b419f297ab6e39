import { createHash } from 'node:crypto';

/** JSON with sorted keys at every level and undefined members left out, so the same data always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The data fingerprint printed on every page of a document: the first `hexDigits` of SHA-256 over the
 * canonical JSON of the data it was printed from, to match a paper to the record it came from.
 */
export const dataFingerprint = (value: unknown, hexDigits = 12): string => createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, hexDigits);
