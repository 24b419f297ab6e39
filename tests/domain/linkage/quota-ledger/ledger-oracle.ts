import { AREA_TOLERANCE_M2, type LedgerInvariantId, type LedgerPolicy, type QuotaEvent } from '../../../../src/domain/linkage/quota-ledger';
import { m2ToMu, roundHalfUp } from '../../../../src/domain/units';

/**
 * An oracle for the quota ledger, written from the statement of its rules rather than from the code:
 * for every date of a ledger it sums every figure again from scratch over the events dated on or before
 * that date, and checks the rules in the order they are stated. Quadratic and plain on purpose.
 *
 * Per project, at every date:
 * 1. revolving quota used ≤ issued; returned ≤ issued;
 * 2. returned + surplus confirmed ≤ reclaimed area accepted;
 * 3. once surplus has been confirmed, returned ≥ used;
 * 4. traded + used locally ≤ surplus confirmed;
 * 5. cultivated land accepted ≥ returned + surplus confirmed.
 * Each event on its own: a real date, a positive area, cultivated land neither negative nor more than
 * the area accepted, a positive trade price, a trade scope the policy in force on the trade date allows,
 * and a payment status that fits the amount paid to the fen.
 */

export type Verdict = { invariant: LedgerInvariantId; date: string } | null;

/** Figures compare as equal within the ledger's stated micro-m² allowance for float noise. */
const notMore = (a: number, b: number) => a <= b + AREA_TOLERANCE_M2;

function isRealDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

function scopesInForce(policy: LedgerPolicy, date: string): string[] | null {
  let found: { effectiveFrom: string; value: string[] } | null = null;
  for (const entry of policy.tradeScopes) if (entry.effectiveFrom <= date && (!found || entry.effectiveFrom >= found.effectiveFrom)) found = entry;
  return found ? found.value : null;
}

/** Money is settled in fen, rounded half up. */
const toFen = (yuan: number) => roundHalfUp(yuan, 2);

/** What is wrong with one event on its own, or null. */
export function eventFault(e: QuotaEvent, policy: LedgerPolicy): LedgerInvariantId | null {
  if (!isRealDate(e.date)) return 'wellFormed';
  if (!(e.areaM2 > 0)) return 'positiveArea';
  if (e.kind === 'reclamationAccepted') {
    if (e.cultivatedM2 < 0) return 'positiveArea';
    if (!notMore(e.cultivatedM2, e.areaM2)) return 'cultivatedWithinReclaimed';
  }
  if (e.kind === 'tradeSurplus') {
    if (!(e.priceYuanPerMu > 0)) return 'tradePrice';
    if (!(scopesInForce(policy, e.date) ?? []).includes(e.scope)) return 'tradeScope';
    const amount = toFen(m2ToMu(e.areaM2) * e.priceYuanPerMu);
    const paid = toFen(e.paidYuan);
    const fits = e.paidYuan >= 0 && { unpaid: e.paidYuan === 0, paid: paid === amount, partial: paid > 0 && paid < amount }[e.paymentStatus];
    if (!fits) return 'paymentConsistent';
  }
  return null;
}

/** Which of the five invariants the ledger breaks at the end of `date`, the first as stated, or null. */
export function balanceFault(events: readonly QuotaEvent[], date: string): LedgerInvariantId | null {
  const upTo = events.filter((e) => e.date <= date);
  const total = (kind: QuotaEvent['kind']) => upTo.filter((e) => e.kind === kind).reduce((s, e) => s + e.areaM2, 0);
  const issued = total('issueRevolving');
  const used = total('useForConstruction');
  const accepted = total('reclamationAccepted');
  const cultivated = upTo.reduce((s, e) => s + (e.kind === 'reclamationAccepted' ? e.cultivatedM2 : 0), 0);
  const returned = total('returnRevolving');
  const surplus = total('confirmSurplus');
  const traded = total('tradeSurplus');
  const local = total('useSurplusLocally');
  const anySurplusConfirmed = upTo.some((e) => e.kind === 'confirmSurplus');
  if (!notMore(used, issued)) return 'usedWithinIssued';
  if (!notMore(returned, issued)) return 'returnedWithinIssued';
  if (!notMore(returned + surplus, accepted)) return 'returnedPlusSurplusWithinAccepted';
  if (anySurplusConfirmed && !notMore(used, returned)) return 'surplusAfterReturn';
  if (!notMore(traded + local, surplus)) return 'disposedWithinSurplus';
  if (!notMore(returned + surplus, cultivated)) return 'cultivatedCoversReturnedPlusSurplus';
  return null;
}

const datesOf = (events: readonly QuotaEvent[]) => [...new Set(events.map((e) => e.date))].sort();

/** `next` placed in date order after every event of its date. */
export function withEvent(events: readonly QuotaEvent[], next: QuotaEvent): QuotaEvent[] {
  return [...events.filter((e) => e.date <= next.date), next, ...events.filter((e) => e.date > next.date)];
}

/** Whether a valid ledger may take `next`: the event alone, its id, then every date's balance afterwards. */
export function verdictOnAdding(events: readonly QuotaEvent[], next: QuotaEvent, policy: LedgerPolicy): Verdict {
  if (!isRealDate(next.date)) return { invariant: 'wellFormed', date: next.date };
  if (events.some((e) => e.id === next.id)) return { invariant: 'uniqueId', date: next.date };
  const own = eventFault(next, policy);
  if (own) return { invariant: own, date: next.date };
  const candidate = withEvent(events, next);
  for (const date of datesOf(candidate)) {
    const fault = balanceFault(candidate, date);
    if (fault) return { invariant: fault, date };
  }
  return null;
}

/** The first fault of a stored ledger in date order: each date's events one by one, then its balance. */
export function firstFault(events: readonly QuotaEvent[], policy: LedgerPolicy): (Verdict & { eventId: string | null }) | null {
  for (const date of datesOf(events)) {
    for (const e of events.filter((x) => x.date === date)) {
      const repeated = events.indexOf(events.find((x) => x.id === e.id)!) < events.indexOf(e);
      const own = !isRealDate(e.date) ? 'wellFormed' : repeated ? 'uniqueId' : eventFault(e, policy);
      if (own) return { invariant: own, date, eventId: e.id };
    }
    const fault = balanceFault(events, date);
    if (fault) return { invariant: fault, date, eventId: null };
  }
  return null;
}
