import { describe, expect, it } from 'vitest';
import { formatM2, formatMu, m2ToMu, roundHalfUp } from '../../src/domain/units';

describe('units', () => {
  it('converts 10000/15 m² to exactly one mu', () => {
    expect(m2ToMu(10000 / 15)).toBeCloseTo(1, 15);
    expect(m2ToMu(1_000_000)).toBe(1500);
  });

  it('rounds half up on the decimal value, not the binary one', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(roundHalfUp(1.004999, 2)).toBe(1);
  });

  it('formats mu with two decimals and m² with two decimals', () => {
    expect(formatMu(666.6666666)).toBe('1.00');
    expect(formatMu(3573.5376)).toBe('5.36');
    expect(formatM2(1234.565)).toBe('1234.57');
  });
});
