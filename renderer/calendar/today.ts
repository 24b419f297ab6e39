import { shanghaiDate } from '../../src/domain/calendar/clock';

/**
 * The page reads its dates off the core's clock, so the screen and the core agree on "today" (and a
 * frozen core clock freezes the screen too): project.info reports the core's instant, and the page keeps
 * the difference to its own.
 */
let offsetMs = 0;

export function followCoreClock(coreNow: string): void {
  const core = Date.parse(coreNow);
  if (!Number.isNaN(core)) offsetMs = core - Date.now();
}

/** Today in Asia/Shanghai on the core's clock, as the ISO date the core's date fields take. */
export const today = (): string => shanghaiDate(new Date(Date.now() + offsetMs));
