import { z } from 'zod';

/**
 * A calendar date YYYY-MM-DD that exists: zod's ISO date checks month lengths and leap years, so
 * 2024-13-45 and 2023-02-29 are refused where they enter. Years outside 1900–2199 are typing slips in a
 * land register (birth dates of household heads are the earliest dates it holds). Every date field of
 * every schema uses this one.
 */
export const CalendarDateSchema = z.iso
  .date('expected a calendar date YYYY-MM-DD')
  .refine((d) => d >= '1900-01-01' && d <= '2199-12-31', { message: 'expected a date between 1900-01-01 and 2199-12-31', params: { key: 'input.dateRange' } });
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/** The UTC calendar date of an instant as YYYY-MM-DD: the one formatting of a date for every caller. */
export function utcCalendarDate(instant: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(instant.getUTCFullYear(), 4)}-${pad(instant.getUTCMonth() + 1, 2)}-${pad(instant.getUTCDate(), 2)}`;
}
