/**
 * Whole calendar months between ISO dates, with the month-end rule (民法典 第二百零二条): a period
 * starting on the 31st ends on the last day of a shorter month, so 2021-08-31 + 30 months = 2024-02-29.
 * `monthsBetween(a, b) >= n` holds exactly when `b >= addMonths(a, n)`.
 */

const parts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `date` plus `months`, clamped to the end of the target month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, lastDayOf(year, month)), 2)}`;
}

/** Whole months from `from` to `to` (0 when `to` is before `from`'s first month-day anniversary). */
export function monthsBetween(from: string, to: string): number {
  if (to < from) return 0;
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  const raw = (y2 - y1) * 12 + (m2 - m1);
  const completed = d2 >= d1 || d2 === lastDayOf(y2, m2);
  return completed ? raw : raw - 1;
}
