import { formatMu } from '../../units';
import type { ContractFacts } from '../contract-facts';

/** How findings name things, so every message reads the same way to a planner. */

const LIST_LIMIT = 5;

/** 地块代码 list joined with 、, cut after five so a long selection stays one readable sentence. */
export function listCodes(codes: string[]): string {
  const shown = codes.slice(0, LIST_LIMIT).join('、');
  return codes.length > LIST_LIMIT ? `${shown} 等 ${codes.length} 块` : shown;
}

export const householdLabel = (t: ContractFacts['transferors'][number]): string => `承包户 ${t.code}（户主 ${t.headName}）`;

export const transfereeLabel = (facts: ContractFacts): string => `乙方“${facts.transferee.name}”`;

/** A local policy figure with where it comes from, as every finding that relies on one must show. */
export const citePolicy = (value: { effectiveFrom: string; source: string }): string =>
  `依据：${value.source}，自 ${value.effectiveFrom} 起施行`;

export const mu = (m2: number): string => `${formatMu(m2)} 亩`;
