import { m2ToMu, roundHalfUp } from '../../units';

/** How linkage findings print areas and policy figures, so every message reads the same way. */

/** "1234.56 m²（1.85 亩）": m² for the surveyor, 亩 for the planner; rounded only here. */
export const areaText = (m2: number): string => `${roundHalfUp(m2, 2).toFixed(2)} m²（${roundHalfUp(m2ToMu(m2), 2).toFixed(2)} 亩）`;

/** "12.3456 公顷（185.18 亩）", the form the project summary uses for totals. */
export const haText = (m2: number): string => `${roundHalfUp(m2 / 10000, 4).toFixed(4)} 公顷（${roundHalfUp(m2ToMu(m2), 2).toFixed(2)} 亩）`;

/** A policy figure with where it comes from, as every finding that relies on one must show. */
export const citePolicy = (value: { effectiveFrom: string; source: string }): string =>
  `依据：${value.source}，自 ${value.effectiveFrom} 起施行`;

export const percent = (share: number): string => `${roundHalfUp(share * 100, 2)}%`;

const LIST_LIMIT = 5;

/** Codes joined with 、, cut after five so a long list stays one readable sentence. */
export function listCodes(codes: readonly string[]): string {
  const shown = codes.slice(0, LIST_LIMIT).join('、');
  return codes.length > LIST_LIMIT ? `${shown} 等 ${codes.length} 项` : shown;
}
