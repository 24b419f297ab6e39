import { describe, expect, it } from 'vitest';
import { fixedClock, instantOn, shanghaiDate, todayOn } from '../../../src/domain/calendar/clock';

describe('the one clock', () => {
  it('takes today as the calendar date in Asia/Shanghai, which before 08:00 Beijing time is a day ahead of UTC', () => {
    expect(shanghaiDate(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(shanghaiDate(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(shanghaiDate(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('turns the year at Beijing midnight on New Year’s Eve, not at UTC midnight', () => {
    expect(shanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(shanghaiDate(new Date('2027-01-01T00:00:00+08:00'))).toBe('2027-01-01');
  });

  it('stands still when fixed, for both today and the stamps', () => {
    const clock = fixedClock('2026-06-01T07:59:00+08:00');
    expect(todayOn(clock)).toBe('2026-06-01');
    expect(instantOn(clock)).toBe('2026-05-31T23:59:00.000Z');
    expect(instantOn(clock)).toBe(instantOn(clock));
  });

  it('refuses a fixed instant that is not one', () => {
    expect(() => fixedClock('yesterday')).toThrow(RangeError);
  });
});
