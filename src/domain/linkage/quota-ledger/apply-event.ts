import { brokenInvariants, eventAtFault, fieldToCorrect, type BrokenBalance } from './balance-checks';
import { checkEvent, type LedgerCheckFailure } from './event-checks';
import type { LedgerViolation } from './ledger-invariants';
import type { LedgerPolicy } from './ledger-policy';
import { accumulate, projectBalance, type QuotaBalance } from './quota-balance';
import { eventLabel, QuotaEventSchema, type QuotaEvent } from './quota-event';

export type ApplyResult = { ok: true; events: QuotaEvent[] } | { ok: false; violation: LedgerViolation };

/**
 * Adds an event to a project's ledger if the ledger still keeps every invariant afterwards.
 *
 * Back-dating is allowed, because acceptance documents and trade contracts often reach the bureau after
 * later events were booked: the event goes in date order, after any events of the same date, and the
 * closing balance of its date and of every later date is checked again. Events of one date count
 * together, whatever order they were booked in. A refusal returns the violation and leaves `events`
 * untouched; success returns a new array.
 *
 * A ledger read from an older file may already break an invariant on some date; the event is refused
 * only for an invariant it breaks itself (one that held on that date without it), so such a ledger can
 * still be completed, e.g. by the acceptance that covers its surplus.
 */
export function applyEvent(events: readonly QuotaEvent[], next: QuotaEvent, policy: LedgerPolicy): ApplyResult {
  const parsed = QuotaEventSchema.safeParse(next);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    return refuse(next, {
      invariant: 'wellFormed',
      field: field || null,
      message: `台账事项「${String(next?.id)}」的字段 ${field || '（整体）'} 无效：${issue?.message ?? ''}`,
    });
  }
  const event = parsed.data;
  if (events.some((e) => e.id === event.id)) {
    return refuse(event, { invariant: 'uniqueId', field: 'id', message: `${eventLabel(event)}的编号与台账中已有事项重复` });
  }
  const own = checkEvent(event, policy);
  if (own) return refuse(event, own);

  const at = events.findIndex((e) => e.date > event.date);
  const position = at === -1 ? events.length : at;
  const result = [...events.slice(0, position), event, ...events.slice(position)];
  // The closing balance of the event's date and of every later date, without and with the event.
  const without = projectBalance(events.slice(0, position));
  const withEvent = { ...without };
  accumulate(withEvent, event);
  for (let i = position, date = event.date; ; date = events[i]!.date) {
    for (; i < events.length && events[i]!.date === date; i++) {
      accumulate(without, events[i]!);
      accumulate(withEvent, events[i]!);
    }
    const found = newlyBroken(without, withEvent);
    if (found) {
      return refuse(event, { invariant: found.invariant, field: fieldToCorrect(found, event), message: refusalMessage(event, found, date, result) }, date);
    }
    if (i >= events.length) return { ok: true, events: result };
  }
}

/** Names the event and the date; a back-dated event that breaks a later date also names the event there. */
function refusalMessage(event: QuotaEvent, found: BrokenBalance, date: string, result: readonly QuotaEvent[]): string {
  if (date === event.date) return `${eventLabel(event)}：记入后截至 ${date}，${found.figures}`;
  const later = eventAtFault(found, result.filter((e) => e.date === date));
  return `补录${eventLabel(event)}后，${eventLabel(later)}：截至 ${date}，${found.figures}`;
}

/** The first invariant the balance with the event breaks that the balance without it kept. */
function newlyBroken(without: QuotaBalance, withEvent: QuotaBalance): BrokenBalance | null {
  const already = new Set(brokenInvariants(without).map((b) => b.invariant));
  return brokenInvariants(withEvent).find((b) => !already.has(b.invariant)) ?? null;
}

const refuse = (e: Pick<QuotaEvent, 'id' | 'date'>, found: LedgerCheckFailure, date: string = String(e?.date)): ApplyResult => ({
  ok: false,
  violation: { eventId: String(e?.id), date, ...found },
});
