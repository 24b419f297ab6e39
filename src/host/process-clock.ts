import { z } from 'zod';
import { fixedClock, systemClock, type Clock } from '../domain/calendar/clock';

const ClockEnvSchema = z.iso.datetime({ offset: true });

/**
 * The clock of this process: the system clock, or the instant in LANDLINK_CLOCK (ISO 8601 with Z or an
 * offset) for tests and reproducible runs, which freeze "today" and every stamp of the core at once.
 */
export function processClock(env: NodeJS.ProcessEnv = process.env): Clock {
  const value = env.LANDLINK_CLOCK;
  if (value === undefined || value === '') return systemClock;
  const parsed = ClockEnvSchema.safeParse(value);
  if (!parsed.success) throw new RangeError(`LANDLINK_CLOCK: expected an ISO 8601 instant such as 2026-06-01T09:00:00+08:00, got "${value}"`);
  return fixedClock(parsed.data);
}
