import { formatYuan } from '../../src/domain/contract/capital-numerals';
import { formatMu, roundHalfUp } from '../../src/domain/units';

/**
 * How the linkage books show figures: exact m² and yuan from the core, rounded only here, on display
 * (亩 to 2 and 公顷 to 4 decimals, 元 with thousands separators, shares as percentages).
 */
export { formatMu, formatYuan };

export const formatHa = (m2: number): string => roundHalfUp(m2 / 10000, 4).toFixed(4);

/** 0.9567 → "95.67%"; a share of households or of revenue. */
export const formatShare = (share: number): string => `${roundHalfUp(share * 100, 2).toFixed(2)}%`;

/** Whole numbers (households, persons) with thousands separators. */
export const formatCount = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
