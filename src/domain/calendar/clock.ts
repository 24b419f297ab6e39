import { utcCalendarDate } from './calendar-date';

/**
 * The one clock of LandLink. Every "today" (numbering dates, deadlines, checks, dated settings in force) is
 * the calendar date in Asia/Shanghai, and every recorded instant (audit rows, edit log, created/updated
 * stamps) is read from the same clock, so a test or a reproducible run can freeze both at once.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant (ISO 8601 with an offset or Z), for tests and reproducible runs. */
export function fixedClock(instant: string | Date): Clock {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  return { now: () => new Date(ms) };
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * The calendar date in Asia/Shanghai at an instant. China Standard Time is UTC+8 all year (no daylight
 * saving since 1991), so it is the UTC date eight hours later: at 07:30 in Beijing the UTC date is still
 * yesterday's, which is why a UTC slice of toISOString() is never "today".
 */
export const shanghaiDate = (instant: Date): string => utcCalendarDate(new Date(instant.getTime() + SHANGHAI_OFFSET_MS));

/** Today in Asia/Shanghai on this clock. */
export const todayOn = (clock: Clock): string => shanghaiDate(clock.now());

/** The instant on this clock as an ISO 8601 UTC timestamp, the form every stored stamp takes. */
export const instantOn = (clock: Clock): string => clock.now().toISOString();
