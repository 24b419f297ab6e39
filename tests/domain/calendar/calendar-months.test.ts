import { describe, expect, it } from 'vitest';
import { addMonths, addYears, monthsBetween, monthsUntil } from '../../../src/domain/calendar/calendar-months';

const day = (n: number) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

// 民法典 第二百零二条: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。"
describe('calendar months', () => {
  it('ends a period of months on the corresponding day, or the month end where there is none', () => {
    expect(addMonths('2024-01-31', 36)).toBe('2027-01-31');
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
  });

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
    const wrong: string[] = [];
    for (let i = 0; i < 1461; i += 7) {
      const from = day(i);
      for (let j = i; j < 1461; j += 3) {
        const to = day(j);
        const n = monthsBetween(from, to);
        if (!(to >= addMonths(from, n) && to < addMonths(from, n + 1))) wrong.push(`${from} → ${to}: ${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('counts months until a deadline as 0 on the deadline day and negative from the day after', () => {
    expect(monthsUntil('2026-11-30', '2027-02-28')).toBe(3);
    expect(monthsUntil('2027-02-27', '2027-02-28')).toBe(0);
    expect(monthsUntil('2027-02-28', '2027-02-28')).toBe(0);
    expect(monthsUntil('2027-03-01', '2027-02-28')).toBe(-1);
    expect(monthsUntil('2027-03-28', '2027-02-28')).toBe(-1);
    expect(monthsUntil('2027-03-29', '2027-02-28')).toBe(-2);
    expect(monthsUntil('2027-02-01', '2027-01-31')).toBe(-1);
    expect(monthsUntil('2027-03-31', '2027-01-31')).toBe(-2);
  });

  it('rounds the signed span down on every day pair of four years: n months until means from + n ≤ deadline < from + n + 1', () => {
    const wrong: string[] = [];
    for (let i = 0; i < 1461; i += 7) {
      const from = day(i);
      for (let j = 0; j < 1461; j += 11) {
        const to = day(j);
        const n = monthsUntil(from, to);
        // Overdue by k = −n months, counted from the deadline: more than k − 1 months have passed, at most k.
        const holds = n >= 0 ? to >= addMonths(from, n) && to < addMonths(from, n + 1) : to < from && addMonths(to, -n - 1) < from && addMonths(to, -n) >= from;
        if (!holds) wrong.push(`${from} → ${to}: ${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('adds whole years as periods of twelve months, a leap day falling on the month end', () => {
    expect(addYears('2025-12-31', 3)).toBe('2028-12-31');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});
