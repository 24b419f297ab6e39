/** 1 亩 = 10000/15 m² exactly (domain.md E.1). */
export const m2ToMu = (m2: number): number => (m2 * 15) / 10000;
export const muToM2 = (mu: number): number => (mu * 10000) / 15;

/** Half-up rounding on the decimal value, robust to binary noise such as 1.005 → 1.01. */
export function roundHalfUp(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.floor(scaled + 0.5)) / factor;
}

export const formatMu = (m2: number): string => roundHalfUp(m2ToMu(m2), 2).toFixed(2);
export const formatM2 = (m2: number): string => roundHalfUp(m2, 2).toFixed(2);
