import { accumulate, projectBalance } from './quota-balance';
import { checkBalance, checkEvent, type LedgerViolation } from './ledger-invariants';
import type { LedgerPolicy } from './ledger-policy';
import { eventLabel, QuotaEventSchema, type QuotaEvent } from './quota-event';

export type ApplyResult = { ok: true; events: QuotaEvent[] } | { ok: false; violation: LedgerViolation };

/**
 * Adds an event to a project's ledger if the ledger still keeps every invariant afterwards.
 *
 * Back-dating is allowed, because acceptance documents and trade contracts often reach the bureau after
 * later events were booked: the event goes in date order, after any events of the same date, and the
 * balance after it and after every later event is checked again. A refusal returns the violation and
 * leaves `events` untouched; success returns a new array.
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
  const balance = projectBalance(events.slice(0, position));
  for (const e of result.slice(position)) {
    accumulate(balance, e);
    const found = checkBalance(balance, e);
    if (found) {
      const message = e === event ? found.message : `补录${eventLabel(event)}后，${found.message}`;
      return refuse(event, { ...found, message });
    }
  }
  return { ok: true, events: result };
}

const refuse = (e: Pick<QuotaEvent, 'id'>, v: Omit<LedgerViolation, 'eventId'>): ApplyResult => ({
  ok: false,
  violation: { eventId: String(e?.id), ...v },
});

/**
 * The first violation in a whole stored ledger, or null: for ledgers read back from a file, whose
 * events `applyEvent` checked under the policy of their day.
 */
export function checkLedger(events: readonly QuotaEvent[], policy: LedgerPolicy): LedgerViolation | null {
  const seen = new Set<string>();
  const balance = projectBalance([]);
  let previous: QuotaEvent | null = null;
  for (const e of events) {
    const parsed = QuotaEventSchema.safeParse(e);
    if (!parsed.success) {
      return { invariant: 'wellFormed', eventId: String(e?.id), field: parsed.error.issues[0]?.path.join('.') || null, message: `台账事项「${String(e?.id)}」格式无效` };
    }
    if (seen.has(e.id)) return { invariant: 'uniqueId', eventId: e.id, field: 'id', message: `${eventLabel(e)}的编号在台账中重复` };
    seen.add(e.id);
    if (previous && e.date < previous.date) {
      return { invariant: 'dateOrder', eventId: e.id, field: 'date', message: `${eventLabel(e)}排在${eventLabel(previous)}之后，台账未按日期排列` };
    }
    previous = e;
    accumulate(balance, e);
    const found = checkEvent(e, policy) ?? checkBalance(balance, e);
    if (found) return { eventId: e.id, ...found };
  }
  return null;
}
