import { z } from 'zod';
import { CalendarDateSchema } from '../calendar/calendar-date';
import { CONTRACT_EVENTS, ContractCorrectionSchema, ContractEventSchema, type ContractCorrection, type EventDates } from './contract-correction';

/**
 * A contract's legal history as the contract screen lists it: every event (编号, 备案, 生效, 终止) with
 * its date, the ones a correction undid marked so (a revoked number stays visible), and each correction.
 */
export const ContractHistoryEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('event'),
    event: ContractEventSchema,
    date: CalendarDateSchema,
    /** The number given, for a numbering. */
    number: z.string().nullable(),
    /** A later correction took it back. */
    undone: z.boolean(),
  }),
  z.object({ kind: z.literal('correction'), date: CalendarDateSchema, correction: ContractCorrectionSchema }),
]);
export type ContractHistoryEntry = z.infer<typeof ContractHistoryEntrySchema>;

/** Same day: what was undone first, then the correction that undid it, then what stands. */
const rank = (e: ContractHistoryEntry) => (e.kind === 'correction' ? 1 : e.undone ? 0 : 2);

/**
 * The history from the record as it stands (`number`, `dates`) and its corrections, oldest first. Each
 * status correction or revocation brings back the event it undid, with the date it had then.
 */
export function contractHistory(number: string | null, dates: EventDates, corrections: readonly ContractCorrection[]): ContractHistoryEntry[] {
  const entries: ContractHistoryEntry[] = [];
  for (const event of CONTRACT_EVENTS) {
    const date = dates[event];
    if (date !== null) entries.push({ kind: 'event', event, date, number: event === 'numbered' ? number : null, undone: false });
  }
  for (const c of corrections) {
    if (c.kind !== 'date') entries.push({ kind: 'event', event: c.event, date: c.eventDateBefore, number: c.numberRevoked, undone: true });
    entries.push({ kind: 'correction', date: c.on, correction: c });
  }
  // A stable sort keeps the corrections in the order they were recorded.
  return entries.sort((a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b));
}
