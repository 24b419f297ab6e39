import { describe, expect, it } from 'vitest';
import { todayOn } from '../../src/domain/calendar/clock';
import { processClock } from '../../src/host/process-clock';

describe('the process clock', () => {
  it('is the system clock unless LANDLINK_CLOCK freezes it', () => {
    const before = Date.now();
    const now = processClock({}).now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(todayOn(processClock({ LANDLINK_CLOCK: '2026-01-01T07:00:00+08:00' }))).toBe('2026-01-01');
  });

  it('refuses a LANDLINK_CLOCK that is not an ISO instant, naming the variable', () => {
    expect(() => processClock({ LANDLINK_CLOCK: '2026-01-01' })).toThrow(/LANDLINK_CLOCK/);
  });
});
