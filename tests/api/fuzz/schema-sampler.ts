/**
 * Values for a JSON Schema (the API's inputs as `landlink call --list` prints them), drawn from a seeded
 * generator: mostly valid, so calls reach the handlers, with the demo's small ids so they hit real records.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: Json[];
  const?: Json;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  additionalProperties?: boolean | JsonSchema;
}

/** A small seeded generator (mulberry32), so a failure names a seed that replays it. */
export class Rng {
  constructor(private state: number) {}
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');

/** The handful of patterns the contract uses; anything else gets a plain string (and is likely refused). */
function fromPattern(rng: Rng, pattern: string): string {
  const fixed = /^\^\\d\{(\d+)\}\$$/.exec(pattern);
  if (fixed) return digits(rng, Number(fixed[1]));
  if (pattern === '^\\d{3}$|^\\d{9}$') return digits(rng, rng.pick([3, 9]));
  if (pattern.startsWith('^[a-z0-9-]{8,64}$')) return Array.from({ length: rng.int(8, 20) }, () => rng.pick([...'abcdef0123456789-'])).join('');
  if (pattern.startsWith('^(0[1-9]|1[0-2])-')) return `${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  if (pattern.startsWith('^ltvCapByBank')) return `ltvCapByBank.${rng.pick(['农商银行', '邮储银行'])}`;
  if (pattern.includes('-02-29')) return calendarDate(rng);
  return `x${digits(rng, 4)}`;
}

function calendarDate(rng: Rng): string {
  return `${rng.int(2020, 2032)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

const WORDS = ['王桥村', '史楼村', '张三', '合作社', 'test', '农户', '小麦', '备注', 'A', ''];

function sampleString(rng: Rng, s: JsonSchema): string {
  if (s.pattern) return fromPattern(rng, s.pattern);
  if (s.format === 'date') return calendarDate(rng);
  if (s.format === 'date-time') return `${calendarDate(rng)}T0${rng.int(0, 9)}:00:00Z`;
  let text = rng.pick(WORDS);
  const min = s.minLength ?? 0;
  while (text.length < min) text += 'x';
  return s.maxLength !== undefined ? text.slice(0, s.maxLength) : text;
}

function sampleNumber(rng: Rng, s: JsonSchema, integer: boolean): number {
  const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 1e-6) : integer ? 1 : 0);
  const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 1e-6) : Math.max(lo, integer ? 6 : 100));
  const small = Math.min(hi, lo + (integer ? 5 : 50));
  const v = rng.chance(0.8) ? lo + rng.next() * (small - lo) : lo + rng.next() * (hi - lo);
  return integer ? Math.round(Math.min(Math.max(v, lo), hi)) : v;
}

export function sample(rng: Rng, s: JsonSchema, depth = 0): Json {
  if (s.const !== undefined) return s.const;
  if (s.enum) return rng.pick(s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union) return sample(rng, rng.pick(union), depth + 1);
  if (s.allOf?.length) return sample(rng, s.allOf[0]!, depth + 1);
  const type = Array.isArray(s.type) ? rng.pick(s.type) : s.type;
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return rng.chance(0.5);
    case 'integer':
      return sampleNumber(rng, s, true);
    case 'number':
      return sampleNumber(rng, s, false);
    case 'string':
      return sampleString(rng, s);
    case 'array': {
      if (depth > 8) return [];
      const min = s.minItems ?? 0;
      const max = Math.min(s.maxItems ?? min + 3, min + 3);
      if (s.prefixItems) return s.prefixItems.map((p) => sample(rng, p, depth + 1));
      return Array.from({ length: rng.int(min, max) }, () => sample(rng, s.items ?? {}, depth + 1));
    }
    case 'object': {
      const out: Record<string, Json> = {};
      const required = new Set(s.required ?? []);
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        if (required.has(key) || (depth < 6 && rng.chance(0.5))) out[key] = sample(rng, prop, depth + 1);
      }
      return out;
    }
    default:
      return rng.pick([1, 'x', null, true]);
  }
}
