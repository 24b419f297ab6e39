import { describe, expect, it } from 'vitest';
import { contractYears, dayNumber, isoDate, onMonthDay, termYears } from '../../../src/domain/contract/term';

describe('contract term', () => {
  it('counts 2025-01-01 to 2034-12-31 as ten whole years, the end day included', () => {
    expect(termYears('2025-01-01', '2034-12-31')).toBe(10);
    const years = contractYears('2025-01-01', '2034-12-31');
    expect(years).toHaveLength(10);
    expect(years.every((y) => y.fraction === 1)).toBe(true);
    expect(isoDate(years[9]!.firstDay)).toBe('2034-01-01');
    expect(isoDate(years[9]!.lastDay)).toBe('2034-12-31');
  });

  it('gives a year with 29 February 366 days and still counts it as one year', () => {
    const [year] = contractYears('2024-01-01', '2024-12-31');
    expect(year!.days).toBe(366);
    expect(termYears('2024-01-01', '2024-12-31')).toBe(1);
    expect(termYears('2023-03-01', '2024-02-29')).toBe(1);
  });

  it('counts a shortened last year as its share of the days of that year', () => {
    expect(termYears('2025-01-01', '2025-06-30')).toBe(181 / 365);
    expect(termYears('2023-01-01', '2024-06-30')).toBe(1 + 182 / 366);
    expect(termYears('2025-01-01', '2035-03-31')).toBe(10 + 90 / 365);
    expect(termYears('2025-01-01', '2025-01-01')).toBe(1 / 365);
  });

  it('ends the years of a term starting on 29 February on 28 February (month end)', () => {
    const years = contractYears('2024-02-29', '2028-02-28');
    expect(years).toHaveLength(4);
    expect(years.map((y) => `${isoDate(y.firstDay)}..${isoDate(y.lastDay)}`)).toEqual([
      '2024-02-29..2025-02-28',
      '2025-03-01..2026-02-28',
      '2026-03-01..2027-02-28',
      '2027-03-01..2028-02-28',
    ]);
    expect(termYears('2024-02-29', '2028-02-28')).toBe(4);
  });

  it('refuses an end before the start and dates that do not exist', () => {
    expect(() => termYears('2025-01-02', '2025-01-01')).toThrow(/早于/);
    expect(() => dayNumber('2025-02-30')).toThrow(/不存在/);
    expect(() => dayNumber('2025-2-3')).toThrow(/YYYY-MM-DD/);
  });

  it('puts 02-29 on 28 February in a common year', () => {
    expect(isoDate(onMonthDay(2025, '02-29'))).toBe('2025-02-28');
    expect(isoDate(onMonthDay(2024, '02-29'))).toBe('2024-02-29');
  });
});
