import { utcCalendarDate } from '../calendar/calendar-date';

/**
 * The contract term: calendar days as whole UTC day numbers (no time zones, no DST), contract years
 * counted from the start date's anniversaries, both ends inclusive (2025-01-01..2034-12-31 = 10 years).
 * A start on 02-29 has its anniversary on 03-01 in common years, so its years end on 02-28 — the
 * month-end rule of 民法典 第二百零二条.
 */

const DAY_MS = 86_400_000;

/** Day number of an ISO date `YYYY-MM-DD`; throws on a malformed or impossible date such as 2025-02-30. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`日期格式应为 YYYY-MM-DD，收到 "${iso}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  if (isoDate(ms / DAY_MS) !== iso) throw new RangeError(`日期不存在："${iso}"`);
  return ms / DAY_MS;
}

export const isoDate = (day: number): string => utcCalendarDate(new Date(day * DAY_MS));

export const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/** The date of `MM-DD` in a calendar year; 02-29 falls on 02-28 in a common year (month end). */
export function onMonthDay(year: number, monthDay: string): number {
  const [mo, d] = monthDay.split('-').map(Number) as [number, number];
  const lastOfMonth = new Date(Date.UTC(year, mo, 0)).getUTCDate();
  return Date.UTC(year, mo - 1, Math.min(d, lastOfMonth)) / DAY_MS;
}

/** The start day shifted by whole years; 02-29 rolls over to 03-01 in a common year. */
function anniversary(startDay: number, years: number): number {
  const s = new Date(startDay * DAY_MS);
  return Date.UTC(s.getUTCFullYear() + years, s.getUTCMonth(), s.getUTCDate()) / DAY_MS;
}

/** The last day of a term of whole contract years from `start`, both ends inclusive: the day before its anniversary. */
export const termEnd = (start: string, years: number): string => isoDate(anniversary(dayNumber(start), years) - 1);

export interface ContractYear {
  /** 1 for the first contract year. */
  index: number;
  firstDay: number;
  lastDay: number;
  /** Days this contract year covers, and the days the full year would have (365 or 366). */
  days: number;
  fullYearDays: number;
  /** days / fullYearDays: 1 except for a shortened last year. */
  fraction: number;
}

/** The contract years from start to end inclusive; the last one may be partial. */
export function contractYears(startDate: string, endDate: string): ContractYear[] {
  const start = dayNumber(startDate);
  const end = dayNumber(endDate);
  if (end < start) throw new RangeError(`合同终止日 ${endDate} 早于起始日 ${startDate}`);
  const years: ContractYear[] = [];
  for (let i = 0; anniversary(start, i) <= end; i++) {
    const firstDay = anniversary(start, i);
    const next = anniversary(start, i + 1);
    const lastDay = Math.min(next - 1, end);
    const fullYearDays = next - firstDay;
    const days = lastDay - firstDay + 1;
    years.push({ index: i + 1, firstDay, lastDay, days, fullYearDays, fraction: days === fullYearDays ? 1 : days / fullYearDays });
  }
  return years;
}

/** The term in years, a shortened last year counted as its fraction of days. */
export function termYears(startDate: string, endDate: string): number {
  const years = contractYears(startDate, endDate);
  const whole = years.filter((y) => y.fraction === 1).length;
  const partial = years.find((y) => y.fraction !== 1);
  return whole + (partial ? partial.fraction : 0);
}
