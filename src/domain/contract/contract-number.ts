import { z } from 'zod';

/**
 * County-configurable contract numbers assigned at filing, e.g. `{county}{year}{town}{serial:4}` →
 * 37172220251040001 or `单县流转〔{year}〕{serial:3}号` → 单县流转〔2025〕007号. Serials count per scope —
 * the values of the pattern's other tokens — so the store keeps one counter per scope and a number is
 * never issued twice. Changing only literals or padding keeps the scope, so counting continues.
 */

const TOKEN = /\{(county|town|village|year|serial)(?::(\d+))?\}/g;

type ScopeToken = 'county' | 'town' | 'village' | 'year';
/** A serial's width 0 means unpadded ({serial}). */
type Segment = { kind: 'literal'; text: string } | { kind: ScopeToken } | { kind: 'serial'; width: number };

export const ContractNumberPatternSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .transform((text, ctx) => {
    const segments: Segment[] = [];
    let at = 0;
    for (const m of text.matchAll(TOKEN)) {
      if (m.index > at) segments.push({ kind: 'literal', text: text.slice(at, m.index) });
      const name = m[1] as ScopeToken | 'serial';
      if (name === 'serial') {
        const width = m[2] === undefined ? 0 : Number(m[2]);
        if (m[2] !== undefined && (width < 1 || width > 12)) ctx.addIssue({ code: 'custom', message: `编号格式 "${text}" 的流水号位数应在 1 到 12 之间` });
        segments.push({ kind: 'serial', width });
      } else if (m[2] !== undefined) ctx.addIssue({ code: 'custom', message: `编号格式中 {${name}} 不带位数` });
      else segments.push({ kind: name });
      at = m.index + m[0].length;
    }
    if (at < text.length) segments.push({ kind: 'literal', text: text.slice(at) });
    const literals = segments.flatMap((s) => (s.kind === 'literal' ? [s.text] : []));
    if (literals.some((t) => /[{}]/.test(t))) {
      ctx.addIssue({ code: 'custom', message: `编号格式 "${text}" 含未知的占位符；可用 {county} {town} {village} {year} {serial:N}` });
    }
    const serials = segments.filter((s) => s.kind === 'serial');
    if (serials.length !== 1) ctx.addIssue({ code: 'custom', message: `编号格式 "${text}" 须含且只含一个 {serial} 或 {serial:N}` });
    return { text, segments };
  });
export type ContractNumberPattern = z.infer<typeof ContractNumberPatternSchema>;

export const ContractNumberPartsSchema = z.object({
  /** 6-digit county code (GB/T 2260), e.g. 371722 单县. */
  countyCode: z.string().regex(/^\d{6}$/, '县级代码应为 6 位数字'),
  /** 3-digit township code within the county (digits 7–9 of the 9-digit code). */
  townCode: z.string().regex(/^\d{3}$/, '乡镇代码应为 3 位数字').nullable(),
  /** 3-digit village code within the township (digits 10–12 of the 12-digit code). */
  villageCode: z.string().regex(/^\d{3}$/, '村级代码应为 3 位数字').nullable(),
  year: z.number().int().min(1000).max(9999),
  serial: z.number().int().positive(),
});
export type ContractNumberParts = z.infer<typeof ContractNumberPartsSchema>;

/** Checks a pattern string; throws a ZodError with the reason (in Chinese) when it is unusable. */
export const parsePattern = (text: string): ContractNumberPattern => ContractNumberPatternSchema.parse(text);

const asPattern = (pattern: string | ContractNumberPattern): ContractNumberPattern => (typeof pattern === 'string' ? parsePattern(pattern) : pattern);

function tokenValue(token: ScopeToken, parts: ContractNumberParts, patternText: string): string {
  const value = { county: parts.countyCode, town: parts.townCode, village: parts.villageCode, year: String(parts.year) }[token];
  if (value === null) throw new RangeError(`编号格式 "${patternText}" 需要 {${token}}，但未提供该代码`);
  return value;
}

/** The contract number; refuses a serial wider than the pattern's padding rather than cutting it. */
export function formatContractNumber(pattern: string | ContractNumberPattern, parts: ContractNumberParts): string {
  const p = asPattern(pattern);
  const checked = ContractNumberPartsSchema.parse(parts);
  return p.segments
    .map((s) => {
      if (s.kind === 'literal') return s.text;
      if (s.kind !== 'serial') return tokenValue(s.kind, checked, p.text);
      const serial = String(checked.serial);
      if (s.width > 0 && serial.length > s.width) {
        throw new RangeError(`流水号 ${serial} 超过编号格式 "${p.text}" 的 ${s.width} 位`);
      }
      return serial.padStart(s.width, '0');
    })
    .join('');
}

/**
 * The key of the counter a serial belongs to: the pattern's scope tokens and their values in a fixed
 * order, e.g. `county=371722;town=104;year=2025`; `*` when the serial runs across everything.
 */
export function serialScope(pattern: string | ContractNumberPattern, parts: Omit<ContractNumberParts, 'serial'>): string {
  const p = asPattern(pattern);
  const checked = ContractNumberPartsSchema.omit({ serial: true }).parse(parts);
  const used = new Set(p.segments.map((s) => s.kind));
  const scope = (['county', 'town', 'village', 'year'] as const).filter((t) => used.has(t)).map((t) => `${t}=${tokenValue(t, { ...checked, serial: 1 }, p.text)}`);
  return scope.length ? scope.join(';') : '*';
}
