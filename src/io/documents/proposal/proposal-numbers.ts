import { formatYuan } from '../../../domain/contract/capital-numerals';
import { formatM2, formatMu, roundHalfUp } from '../../../domain/units';
import { cnDate } from '../contract/contract-wording';

/** How the proposal prints exact figures: 亩 to 2 and 公顷 to 4 decimals (domain.md E.1), yuan to the fen. */

export { cnDate, formatM2, formatMu, formatYuan };

export const formatHa = (m2: number): string => roundHalfUp(m2 / 10000, 4).toFixed(4);

/** A share 0..1 as a percentage with 2 decimals: 0.96091 → 96.09%. */
export const formatPct = (share: number): string => `${roundHalfUp(share * 100, 2).toFixed(2)}%`;

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
