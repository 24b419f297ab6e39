import { describe, expect, it } from 'vitest';
import { valueAt } from '../../../../src/domain/dated-value';
import {
  AREA_TOLERANCE_M2,
  applyEvent,
  checkLedger,
  projectBalance,
  type QuotaBalance,
  type QuotaEvent,
  type TradeScope,
} from '../../../../src/domain/linkage/quota-ledger';
import { m2ToMu, roundHalfUp } from '../../../../src/domain/units';
import { POLICY } from './ledger-fixtures';

/** mulberry32: a small seeded PRNG, so a failing sequence can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (day: number) => new Date(Date.UTC(2014, 0, 1) + day * DAY).toISOString().slice(0, 10);

const le = (a: number, b: number) => a <= b + AREA_TOLERANCE_M2;

/** The C.4 invariants stated directly on a balance. */
function balanceHolds(b: QuotaBalance): boolean {
  return (
    le(b.usedM2, b.issuedM2) &&
    le(b.returnedM2, b.acceptedCultivatedM2) &&
    le(b.returnedM2, b.issuedM2) &&
    le(b.surplusConfirmedM2, Math.max(0, b.acceptedReclaimedM2 - b.usedM2)) &&
    le(b.tradedM2 + b.usedLocallyM2, b.surplusConfirmedM2) &&
    (b.surplusConfirmedM2 + b.tradedM2 + b.usedLocallyM2 === 0 || b.acceptedReclaimedM2 > 0)
  );
}

/** Whether one event is acceptable on its own: a real date, positive figures, a price, scope and payment that fit. */
function eventAcceptable(e: QuotaEvent): boolean {
  const fen = (x: number) => roundHalfUp(x, 2);
  const [y, m, d] = e.date.split('-').map(Number) as [number, number, number];
  let ok = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d && e.areaM2 > 0;
  if (e.kind === 'reclamationAccepted') ok &&= e.cultivatedM2 >= 0 && le(e.cultivatedM2, e.areaM2);
  if (e.kind === 'tradeSurplus') {
    const amount = fen(m2ToMu(e.areaM2) * e.priceYuanPerMu);
    const paid = fen(e.paidYuan);
    const paymentOk = { unpaid: e.paidYuan === 0, partial: paid > 0 && paid < amount, paid: paid === amount }[e.paymentStatus];
    ok &&= e.priceYuanPerMu > 0 && Boolean(valueAt(POLICY.tradeScopes, e.date)?.value.includes(e.scope)) && paymentOk && e.paidYuan >= 0;
  }
  return ok;
}

/**
 * Replays a ledger by hand, with running sums kept field by field rather than by the ledger's fold: the
 * balance after the last event, or null if the dates go backwards or any running balance breaks an invariant.
 */
function replay(events: readonly QuotaEvent[]): QuotaBalance | null {
  let issued = 0, used = 0, reclaimed = 0, cultivated = 0, returned = 0, confirmed = 0, traded = 0, local = 0, revenue = 0, paid = 0;
  let balance: QuotaBalance | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (i > 0 && e.date < events[i - 1]!.date) return null;
    if (e.kind === 'issueRevolving') issued += e.areaM2;
    if (e.kind === 'useForConstruction') used += e.areaM2;
    if (e.kind === 'returnRevolving') returned += e.areaM2;
    if (e.kind === 'confirmSurplus') confirmed += e.areaM2;
    if (e.kind === 'useSurplusLocally') local += e.areaM2;
    if (e.kind === 'reclamationAccepted') {
      reclaimed += e.areaM2;
      cultivated += e.cultivatedM2;
    }
    if (e.kind === 'tradeSurplus') {
      traded += e.areaM2;
      revenue += m2ToMu(e.areaM2) * e.priceYuanPerMu;
      paid += e.paidYuan;
    }
    balance = {
      issuedM2: issued, usedM2: used, acceptedReclaimedM2: reclaimed, acceptedCultivatedM2: cultivated, returnedM2: returned,
      outstandingRevolvingM2: issued - returned, surplusConfirmedM2: confirmed, tradedM2: traded, usedLocallyM2: local,
      surplusAvailableM2: confirmed - traded - local, revenueYuan: revenue, paidYuan: paid, unpaidYuan: revenue - paid,
    };
    if (!balanceHolds(balance)) return null;
  }
  return balance;
}

const pick = <T,>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** An area for an event with `room` left: mostly within it, often exactly at it, sometimes beyond or nonsense. */
function sized(rand: () => number, room: number): number {
  const r = rand();
  if (r < 0.55) return Math.round(Math.max(room, 1) * rand() * 100) / 100;
  if (r < 0.75) return room;
  if (r < 0.87) return room + pick(rand, [0.01, 1, 500]);
  return pick(rand, [0, -10, 1e-9, 66_666.67]);
}

const KINDS = ['issue', 'issue', 'use', 'accept', 'return', 'confirm', 'trade', 'local'] as const;

/** A random next event for a ledger with balance `b`; ids repeat and dates are impossible now and then. */
function randomEvent(rand: () => number, events: readonly QuotaEvent[], b: QuotaBalance, n: number, day: number): QuotaEvent {
  const base = {
    id: rand() < 0.02 && events.length > 0 ? pick(rand, events).id : `p${n}`,
    date: rand() < 0.01 ? '2021-02-30' : iso(day),
    note: '',
  };
  switch (pick(rand, KINDS)) {
    case 'issue':
      return { ...base, kind: 'issueRevolving', areaM2: sized(rand, 20_000), docNo: '鲁自然资字' };
    case 'use':
      return { ...base, kind: 'useForConstruction', areaM2: sized(rand, b.issuedM2 - b.usedM2), parcelRefs: ['JX'] };
    case 'accept': {
      const areaM2 = sized(rand, 30_000);
      const cultivatedM2 = rand() < 0.1 ? areaM2 + 1 : rand() < 0.2 ? areaM2 : Math.round(areaM2 * rand() * 100) / 100;
      return { ...base, kind: 'reclamationAccepted', areaM2, cultivatedM2, acceptDocNo: '验', authority: '单县自然资源局' };
    }
    case 'return':
      return { ...base, kind: 'returnRevolving', areaM2: sized(rand, Math.min(b.issuedM2, b.acceptedCultivatedM2) - b.returnedM2) };
    case 'confirm':
      return { ...base, kind: 'confirmSurplus', areaM2: sized(rand, b.acceptedReclaimedM2 - b.usedM2 - b.surplusConfirmedM2) };
    case 'trade': {
      const areaM2 = sized(rand, b.surplusAvailableM2);
      const priceYuanPerMu = pick(rand, [250_000, 300_000.5, 286_000, 0, -1]);
      const amount = m2ToMu(areaM2) * priceYuanPerMu;
      const paymentStatus = pick(rand, ['unpaid', 'partial', 'paid'] as const);
      const paidYuan = pick(rand, [0, amount, Math.round(amount * rand() * 100) / 100, amount + 1]);
      const scope: TradeScope = pick(rand, ['county', 'province', 'crossProvince']);
      return { ...base, kind: 'tradeSurplus', areaM2, buyer: '买方', scope, priceYuanPerMu, paymentStatus, paidYuan };
    }
    case 'local':
      return { ...base, kind: 'useSurplusLocally', areaM2: sized(rand, b.surplusAvailableM2), purpose: '本地' };
  }
}

/** Field-by-field equality of two events (the ledger returns the parsed copy of the event it was given). */
function sameEvent(a: QuotaEvent, b: QuotaEvent): boolean {
  const keys = Object.keys(a) as (keyof QuotaEvent)[];
  return keys.length === Object.keys(b).length && keys.every((k) => (Array.isArray(a[k]) ? JSON.stringify(a[k]) === JSON.stringify(b[k]) : a[k] === b[k]));
}

const FIELDS = Object.keys(projectBalance([])) as (keyof QuotaBalance)[];

describe('quota ledger properties under random event sequences', () => {
  it('keeps every invariant, refuses without change, and agrees with a hand replay and an independent oracle', () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    let acceptedCount = 0;
    const refusedBy = new Map<string, number>();
    for (let seed = 1; seed <= 1000; seed++) {
      const rand = prng(seed);
      // Ledgers and events are frozen, so any change applyEvent made to what it was given would throw.
      let events: readonly QuotaEvent[] = Object.freeze([]);
      let balance = projectBalance(events);
      let day = Math.floor(rand() * 1500);
      for (let n = 0; n < 30; n++) {
        day += Math.floor(rand() * 120);
        const eventDay = rand() < 0.15 ? Math.floor(rand() * day) : day;
        const next = Object.freeze(randomEvent(rand, events, balance, n, eventDay));
        const at = events.findIndex((e) => e.date > next.date);
        const position = at === -1 ? events.length : at;
        const candidate = [...events.slice(0, position), next, ...events.slice(position)];
        // The oracle: every event already in the ledger passed it when added, so only the new one needs checking alone.
        const replayed = eventAcceptable(next) && !events.some((e) => e.id === next.id) ? replay(candidate) : null;
        const result = applyEvent(events, next, POLICY);
        // Plain comparisons first: expect() on every step would dominate the run time.
        if (result.ok !== (replayed !== null)) {
          expect.fail(`seed ${seed} step ${n}: ${result.ok ? 'accepted' : result.violation.message}; the oracle disagrees`);
        }
        if (!result.ok) {
          refusedBy.set(result.violation.invariant, (refusedBy.get(result.violation.invariant) ?? 0) + 1);
          if (result.violation.eventId !== next.id) expect(result.violation.eventId).toBe(next.id);
          continue;
        }
        acceptedCount++;
        // Earlier events are kept as they were; the new one comes back as parsed, equal field by field.
        const kept = result.events.length === candidate.length && result.events.every((e, i) => (i === position ? sameEvent(e, next) : e === candidate[i]));
        if (!kept) expect(result.events).toEqual(candidate);
        events = Object.freeze(result.events);
        balance = projectBalance(events);
        if (!balanceHolds(balance)) expect.fail(`seed ${seed} step ${n}: invariants broken ${JSON.stringify(balance)}`);
        if (FIELDS.some((k) => balance[k] !== replayed![k])) expect(balance).toEqual(replayed);
      }
      expect(checkLedger(events, POLICY)).toBeNull();
    }
    const { user, system } = process.cpuUsage(cpu);
    console.info(
      `ledger properties: ${acceptedCount} accepted of 30000 in ${((performance.now() - started) / 1000).toFixed(2)} s ` +
        `(${((user + system) / 1e6).toFixed(2)} s CPU); refusals:`,
      Object.fromEntries(refusedBy),
    );
    // The generator must reach every invariant and accept a fair share, or the property says little.
    expect(acceptedCount).toBeGreaterThan(8000);
    expect([...refusedBy.keys()].sort()).toEqual([
      'cultivatedWithinReclaimed', 'disposedWithinSurplus', 'paymentConsistent', 'positiveArea', 'returnedWithinAcceptedCultivated',
      'returnedWithinIssued', 'surplusAfterAcceptance', 'surplusWithinAcceptedMinusUsed', 'tradePrice', 'tradeScope', 'uniqueId', 'usedWithinIssued', 'wellFormed',
    ]);
  });
});
