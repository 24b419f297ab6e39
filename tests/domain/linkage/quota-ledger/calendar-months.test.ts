import { describe, expect, it } from 'vitest';
import { addMonths, monthsBetween } from '../../../../src/domain/linkage/quota-ledger';

describe('calendar months', () => {
  it('adds months and clamps to the month end', () => {
    expect(addMonths('2021-03-15', 36)).toBe('2024-03-15');
    expect(addMonths('2021-08-31', 30)).toBe('2024-02-29');
    expect(addMonths('2022-08-31', 30)).toBe('2025-02-28');
    expect(addMonths('2021-11-30', 1)).toBe('2021-12-30');
    expect(addMonths('2021-12-31', 1)).toBe('2022-01-31');
  });

  it('counts whole months, a month completing on the same day or at month end', () => {
    expect(monthsBetween('2021-03-15', '2021-04-14')).toBe(0);
    expect(monthsBetween('2021-03-15', '2021-04-15')).toBe(1);
    expect(monthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2024-03-01', '2024-02-01')).toBe(0);
  });

  it('agrees with addMonths on every day pair of four years: months ≥ n exactly when the date reached from + n months', () => {
    const day = (n: number) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 1461; i += 7) {
      const from = day(i);
      for (let j = i; j < 1461; j += 3) {
        const to = day(j);
        const n = monthsBetween(from, to);
        expect(to >= addMonths(from, n) && to < addMonths(from, n + 1)).toBe(true);
      }
    }
  });
});
