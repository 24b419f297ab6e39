import { brokenInvariants, eventAtFault, fieldToCorrect } from './balance-checks';
import { checkEvent } from './event-checks';
import type { LedgerViolation } from './ledger-invariants';
import type { LedgerPolicy } from './ledger-policy';
import { accumulate, projectBalance } from './quota-balance';
import { eventLabel, QuotaEventSchema, type QuotaEvent } from './quota-event';

/**
 * The first violation in a whole stored ledger, or null: for ledgers read back from a file, whose
 * events `applyEvent` checked under the rules and policy of their day, so a file written before a rule
 * was added may break it. Dates are taken in order: the checks of each event of a date, then the
 * balance invariants on that date's closing balance, reported at the event of that date that raised the
 * figure at fault.
 */
export function checkLedger(events: readonly QuotaEvent[], policy: LedgerPolicy): LedgerViolation | null {
  const seen = new Set<string>();
  const balance = projectBalance([]);
  let dateStart = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const parsed = QuotaEventSchema.safeParse(e);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') || null;
      return { invariant: 'wellFormed', eventId: String(e?.id), field, date: String(e?.date), message: `台账事项「${String(e?.id)}」格式无效` };
    }
    if (seen.has(e.id)) return { invariant: 'uniqueId', eventId: e.id, field: 'id', date: e.date, message: `${eventLabel(e)}的编号在台账中重复` };
    seen.add(e.id);
    const previous = events[i - 1];
    if (previous && e.date < previous.date) {
      return { invariant: 'dateOrder', eventId: e.id, field: 'date', date: e.date, message: `${eventLabel(e)}排在${eventLabel(previous)}之后，台账未按日期排列` };
    }
    if (previous && e.date !== previous.date) dateStart = i;
    const own = checkEvent(e, policy);
    if (own) return { eventId: e.id, date: e.date, ...own };
    accumulate(balance, e);
    if (events[i + 1]?.date === e.date) continue;
    const [broken] = brokenInvariants(balance);
    if (broken) {
      const atFault = eventAtFault(broken, events.slice(dateStart, i + 1));
      return {
        invariant: broken.invariant,
        eventId: atFault.id,
        field: fieldToCorrect(broken, atFault),
        date: e.date,
        message: `${eventLabel(atFault)}：截至 ${e.date}，${broken.figures}`,
      };
    }
  }
  return null;
}
