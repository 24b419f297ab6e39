/**
 * Whole calendar months between ISO dates, counted as 民法典 第二百零一条、第二百零二条 count a period of
 * months: the start day is not counted, and the period ends on the day of the last month that
 * corresponds to the start day, or on that month's last day where it has no such day. So 36 months from
 * 2024-01-31 end on 2027-01-31, from 2024-02-29 on 2027-02-28, and 30 months from 2021-08-31 on
 * 2024-02-29. `monthsBetween(a, b) >= n` holds exactly when `b >= addMonths(a, n)`.
 */

const parts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `date` plus `months`: the last day of a period of that many months from `date`, clamped to the month end. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, lastDayOf(year, month)), 2)}`;
}

/** `date` plus whole years, as a period of 12 × years months: 2024-02-29 plus one year is 2025-02-28. */
export const addYears = (date: string, years: number): string => addMonths(date, 12 * years);

/** Whole months from `from` to `to` (0 when `to` is before `from`'s first month-day anniversary). */
export function monthsBetween(from: string, to: string): number {
  if (to < from) return 0;
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  const raw = (y2 - y1) * 12 + (m2 - m1);
  const completed = d2 >= d1 || d2 === lastDayOf(y2, m2);
  return completed ? raw : raw - 1;
}

/**
 * Whole months left from `from` until the deadline `to`, negative once it has passed: the signed span
 * rounded down, so the deadline day itself is 0 and the day after it already −1 (a deadline holds
 * through its last day). An overdue span of exactly n months is −n.
 */
export function monthsUntil(from: string, to: string): number {
  if (to >= from) return monthsBetween(from, to);
  const overdue = monthsBetween(to, from);
  return addMonths(to, overdue) === from ? -overdue : -overdue - 1;
}
