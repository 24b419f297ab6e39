import { describe, expect, it } from 'vitest';
import { CalendarDateSchema } from '../../../src/domain/calendar/calendar-date';

describe('the calendar date schema', () => {
  it('takes dates that exist, leap days included', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2026-12-31', '1900-01-01', '2199-12-31']) expect(CalendarDateSchema.safeParse(d).success).toBe(true);
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    for (const d of ['2024-13-45', '2023-02-29', '1900-02-29', '2024-04-31', '2024-00-10', '2024-1-01', '20240101', '2024-01-01T00:00:00Z', ''])
      expect(CalendarDateSchema.safeParse(d).success, d).toBe(false);
  });

  it('refuses years outside 1900–2199 as typing slips', () => {
    expect(CalendarDateSchema.safeParse('0024-01-01').success).toBe(false);
    expect(CalendarDateSchema.safeParse('2200-01-01').success).toBe(false);
  });
});
