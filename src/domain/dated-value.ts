import { z } from 'zod';
import { CalendarDateSchema } from './calendar/calendar-date';

/**
 * A policy number as LandLink keeps it: the value, the date it took effect and where it comes from
 * (document number, article, or "LandLink 默认…" with the reason). Prices, caps, thresholds and rates are
 * never constants in code; they are tables of these, chosen by date.
 */
export const DatedValueSchema = <T extends z.ZodType>(value: T) =>
  z.object({ value, effectiveFrom: CalendarDateSchema, source: z.string().min(1) });

/** The entry in force on `date`: the latest effectiveFrom on or before it, or null. */
export function valueAt<T extends { effectiveFrom: string }>(entries: readonly T[], date: string): T | null {
  let best: T | null = null;
  for (const e of entries) if (e.effectiveFrom <= date && (best === null || e.effectiveFrom > best.effectiveFrom)) best = e;
  return best;
}
