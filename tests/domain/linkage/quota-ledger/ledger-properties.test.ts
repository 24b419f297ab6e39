import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  checkLedger,
  projectBalance,
  type QuotaBalance,
  type QuotaEvent,
  type TradeScope,
} from '../../../../src/domain/linkage/quota-ledger';
import { m2ToMu } from '../../../../src/domain/units';
import { POLICY } from './ledger-fixtures';
import { firstFault, verdictOnAdding, withEvent } from './ledger-oracle';

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
const pick = <T,>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** An area for an event with `room` left: mostly within it, often exactly at it, sometimes beyond or nonsense. */
function sized(rand: () => number, room: number): number {
  const r = rand();
  if (r < 0.5) return Math.round(Math.max(room, 1) * rand() * 100) / 100;
  if (r < 0.72) return Math.max(room, 0.01);
  if (r < 0.87) return Math.max(room, 0) + pick(rand, [0.01, 1, 500]);
  return pick(rand, [0, -10, 1e-9, 66_666.67]);
}

const KINDS = ['issue', 'issue', 'use', 'accept', 'accept', 'return', 'return', 'confirm', 'confirm', 'trade', 'local'] as const;

/**
 * A random next event for a ledger whose balance is `b`: sized against what the figures leave room for,
 * so that the ledger grows and every rule is reached; ids repeat and dates are impossible now and then.
 */
function randomEvent(rand: () => number, taken: readonly QuotaEvent[], b: QuotaBalance, n: number, day: number): QuotaEvent {
  const base = {
    id: rand() < 0.02 && taken.length > 0 ? pick(rand, taken).id : `p${n}`,
    date: rand() < 0.01 ? `${iso(day).slice(0, 4)}-02-30` : iso(day),
    note: '',
  };
  switch (pick(rand, KINDS)) {
    case 'issue':
      return { ...base, kind: 'issueRevolving', areaM2: sized(rand, 20_000), docNo: '鲁自然资字' };
    case 'use':
      return { ...base, kind: 'useForConstruction', areaM2: sized(rand, b.issuedM2 - b.usedM2), parcelRefs: ['JX'] };
    case 'accept': {
      const areaM2 = sized(rand, 30_000);
      const cultivatedM2 = rand() < 0.1 ? areaM2 + 1 : rand() < 0.4 ? areaM2 : Math.round(areaM2 * rand() * 100) / 100;
      return { ...base, kind: 'reclamationAccepted', areaM2, cultivatedM2, acceptDocNo: '验', authority: '单县自然资源局' };
    }
    case 'return': {
      const covered = Math.min(b.acceptedReclaimedM2, b.acceptedCultivatedM2) - b.surplusConfirmedM2;
      return { ...base, kind: 'returnRevolving', areaM2: sized(rand, pick(rand, [b.usedM2, b.issuedM2, covered]) - b.returnedM2) };
    }
    case 'confirm': {
      const covered = Math.min(b.acceptedReclaimedM2, pick(rand, [b.acceptedCultivatedM2, b.acceptedReclaimedM2]));
      return { ...base, kind: 'confirmSurplus', areaM2: sized(rand, covered - b.returnedM2 - b.surplusConfirmedM2) };
    }
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

/** The next day of a sequence: often the same day, so events of one date meet; now and then a back-dated one. */
function nextDay(rand: () => number, day: number): { day: number; eventDay: number } {
  const later = day + (rand() < 0.25 ? 0 : Math.floor(rand() * 120));
  return { day: later, eventDay: rand() < 0.2 ? Math.floor(rand() * later) : later };
}

/** Field-by-field equality of two events (the ledger returns the parsed copy of the event it was given). */
const sameEvent = (a: QuotaEvent, b: QuotaEvent) => JSON.stringify(a) === JSON.stringify(b);

const ALL_REFUSALS = [
  'cultivatedCoversReturnedPlusSurplus', 'cultivatedWithinReclaimed', 'disposedWithinSurplus', 'paymentConsistent', 'positiveArea',
  'returnedPlusSurplusWithinAccepted', 'returnedWithinIssued', 'surplusAfterReturn', 'tradePrice', 'tradeScope', 'uniqueId', 'usedWithinIssued', 'wellFormed',
];

describe('quota ledger properties under random event sequences', () => {
  it('accepts an event exactly when the oracle finds every invariant kept at every date afterwards, and names the same invariant and date', () => {
    const cpu = process.cpuUsage();
    let acceptedCount = 0;
    let backDatedAccepted = 0;
    const refusedBy = new Map<string, number>();
    for (let seed = 1; seed <= 600; seed++) {
      const rand = prng(seed);
      // Ledgers and events are frozen, so any change applyEvent made to what it was given would throw.
      let events: readonly QuotaEvent[] = Object.freeze([]);
      let day = Math.floor(rand() * 1500);
      for (let n = 0; n < 30; n++) {
        const step = nextDay(rand, day);
        day = step.day;
        const next = Object.freeze(randomEvent(rand, events, projectBalance(events), n, step.eventDay));
        const verdict = verdictOnAdding(events, next, POLICY);
        const result = applyEvent(events, next, POLICY);
        const where = `seed ${seed} step ${n} (${next.kind} ${next.date})`;
        if (result.ok !== (verdict === null)) {
          expect.fail(`${where}: ${result.ok ? 'accepted' : result.violation.message}; the oracle says ${JSON.stringify(verdict)}`);
        }
        if (!result.ok) {
          const { invariant, date, eventId } = result.violation;
          if (invariant !== verdict!.invariant || date !== verdict!.date || eventId !== next.id) {
            expect({ where, invariant, date, eventId }).toEqual({ where, ...verdict, eventId: next.id });
          }
          refusedBy.set(invariant, (refusedBy.get(invariant) ?? 0) + 1);
          continue;
        }
        acceptedCount++;
        if (events.some((e) => e.date > next.date)) backDatedAccepted++;
        // Earlier events are kept as they were, the new one in date order after those of its day.
        const candidate = withEvent(events, next);
        const kept = result.events.length === candidate.length && result.events.every((e, i) => (candidate[i] === next ? sameEvent(e, next) : e === candidate[i]));
        if (!kept) expect(result.events).toEqual(candidate);
        events = Object.freeze(result.events);
      }
      expect(checkLedger(events, POLICY)).toBeNull();
    }
    const { user, system } = process.cpuUsage(cpu);
    console.info(
      `ledger properties: ${acceptedCount} of 18000 events accepted (${backDatedAccepted} back-dated) in ${((user + system) / 1e6).toFixed(2)} s CPU; refusals:`,
      Object.fromEntries([...refusedBy].sort()),
    );
    // The generator must reach every invariant and accept a fair share, or the property says little.
    expect(acceptedCount).toBeGreaterThan(5000);
    expect(backDatedAccepted).toBeGreaterThan(500);
    expect([...refusedBy.keys()].sort()).toEqual(ALL_REFUSALS);
  });

  it('reports for any stored ledger the first fault the oracle finds, with its date', () => {
    const found = new Map<string, number>();
    for (let seed = 1; seed <= 1000; seed++) {
      const rand = prng(10_000 + seed);
      // As an older version may have written it: a ledger kept under its rules, then events it never checked against these.
      let stored: QuotaEvent[] = [];
      let day = Math.floor(rand() * 1500);
      for (let n = 0; n < 12; n++) {
        day += rand() < 0.3 ? 0 : Math.floor(rand() * 90);
        const r = applyEvent(stored, randomEvent(rand, stored, projectBalance(stored), n, day), POLICY);
        if (r.ok) stored = r.events;
      }
      const unchecked = Math.floor(rand() * 3);
      for (let n = 0; n < unchecked; n++) stored = withEvent(stored, randomEvent(rand, stored, projectBalance(stored), 100 + n, Math.floor(rand() * (day + 60))));
      const expected = firstFault(stored, POLICY);
      const got = checkLedger(stored, POLICY);
      // A balance fault is reported at an event of the date it is found on.
      const atFault = got && stored.find((e) => e.id === got.eventId);
      const same =
        expected === null
          ? got === null
          : got !== null && got.invariant === expected.invariant && got.date === expected.date && (expected.eventId === null ? atFault?.date === got.date : got.eventId === expected.eventId);
      if (!same) expect({ seed, got }).toEqual({ seed, got: expected });
      found.set(expected?.invariant ?? 'none', (found.get(expected?.invariant ?? 'none') ?? 0) + 1);
    }
    console.info('stored ledgers by first fault:', Object.fromEntries([...found].sort()));
    expect([...found.keys()].sort()).toEqual(['none', ...ALL_REFUSALS].sort());
  });
});
