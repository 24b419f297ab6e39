import { describe, expect, it } from 'vitest';
import { applyEvent, checkLedger, type LedgerInvariantId, type QuotaEvent } from '../../../../src/domain/linkage/quota-ledger';
import { muToM2 } from '../../../../src/domain/units';
import { accept, confirm, giveBack, issue, local, POLICY, trade, use } from './ledger-fixtures';

/** Applies events one by one and fails the test if any is refused. */
function ledger(...events: QuotaEvent[]): QuotaEvent[] {
  return events.reduce<QuotaEvent[]>((acc, e) => {
    const r = applyEvent(acc, e, POLICY);
    if (!r.ok) throw new Error(r.violation.message);
    return r.events;
  }, []);
}

function refusal(events: QuotaEvent[], next: QuotaEvent, invariant: LedgerInvariantId) {
  const r = applyEvent(events, next, POLICY);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('accepted');
  expect(r.violation.invariant).toBe(invariant);
  expect(r.violation.eventId).toBe(next.id);
  return r.violation;
}

const accepted = (events: QuotaEvent[], next: QuotaEvent) => {
  const r = applyEvent(events, next, POLICY);
  if (!r.ok) throw new Error(r.violation.message);
  return r.events;
};

describe('applying an event to the quota ledger', () => {
  it('accepts every kind of event on a ledger that stays within its figures', () => {
    const events = ledger(
      issue('2021-03-01', 100),
      use('2021-06-01', 80),
      accept('2023-01-10', 120, 110),
      giveBack('2023-02-01', 100),
      confirm('2023-02-15', 40),
      trade('2023-03-01', 30),
      local('2023-04-01', 10),
    );
    expect(events.map((e) => e.kind)).toEqual([
      'issueRevolving', 'useForConstruction', 'reclamationAccepted', 'returnRevolving', 'confirmSurplus', 'tradeSurplus', 'useSurplusLocally',
    ]);
    expect(checkLedger(events, POLICY)).toBeNull();
  });

  it('refuses a zero or negative area and a negative cultivated area', () => {
    expect(refusal([], issue('2021-03-01', 0), 'positiveArea').message).toMatch(/面积应大于零/);
    refusal([], issue('2021-03-01', -5), 'positiveArea');
    const v = refusal([], accept('2023-01-10', 10, -1), 'positiveArea');
    expect(v.field).toBe('cultivatedM2');
  });

  it('accepts acceptance with no cultivated land but refuses more cultivated than reclaimed', () => {
    expect(accepted([], accept('2023-01-10', 10, 0))).toHaveLength(1);
    const v = refusal([], accept('2023-01-10', 10, 10.5), 'cultivatedWithinReclaimed');
    expect(v.message).toContain('10.50 亩');
  });

  it('keeps used within issued quota, naming both figures in 亩', () => {
    const base = ledger(issue('2021-03-01', 100), use('2021-06-01', 60));
    expect(accepted(base, use('2021-07-01', 40))).toHaveLength(3);
    const v = refusal(base, use('2021-07-01', 40.01), 'usedWithinIssued');
    expect(v.message).toContain('100.01 亩');
    expect(v.message).toContain('100.00 亩');
  });

  it('keeps returns within accepted cultivated land, even when reclaimed area is larger', () => {
    const base = ledger(issue('2021-03-01', 100), accept('2023-01-10', 80, 50));
    expect(accepted(base, giveBack('2023-02-01', 50))).toHaveLength(3);
    expect(refusal(base, giveBack('2023-02-01', 51), 'returnedWithinAcceptedCultivated').message).toMatch(/已验收复垦耕地 50\.00 亩/);
  });

  it('keeps returns within issued quota', () => {
    const base = ledger(issue('2021-03-01', 30), accept('2023-01-10', 80));
    expect(accepted(base, giveBack('2023-02-01', 30))).toHaveLength(3);
    refusal(base, giveBack('2023-02-01', 31), 'returnedWithinIssued');
  });

  it('refuses to confirm, trade or use surplus before reclamation acceptance (ZJ-06)', () => {
    const base = ledger(issue('2021-03-01', 100), use('2021-06-01', 20));
    expect(refusal(base, confirm('2021-07-01', 10), 'surplusAfterAcceptance').message).toMatch(/ZJ-06/);
    refusal(base, trade('2021-07-01', 10), 'surplusAfterAcceptance');
    refusal(base, local('2021-07-01', 10), 'surplusAfterAcceptance');
    expect(accepted(ledger(accept('2023-01-10', 30)), confirm('2023-02-01', 10))).toHaveLength(2);
  });

  it('keeps confirmed surplus within accepted reclamation less construction use (ZJ-07)', () => {
    const base = ledger(issue('2021-03-01', 100), use('2021-06-01', 80), accept('2023-01-10', 120));
    expect(accepted(base, confirm('2023-02-01', 40))).toHaveLength(4);
    expect(refusal(base, confirm('2023-02-01', 40.5), 'surplusWithinAcceptedMinusUsed').message).toContain('40.50 亩');
  });

  it('refuses construction use that would eat into surplus already confirmed', () => {
    const base = ledger(issue('2021-03-01', 100), use('2021-06-01', 60), accept('2023-01-10', 100), confirm('2023-02-01', 39));
    expect(accepted(base, use('2023-03-01', 1))).toHaveLength(5);
    refusal(base, use('2023-03-01', 1.01), 'surplusWithinAcceptedMinusUsed');
  });

  it('keeps traded plus locally used surplus within confirmed surplus', () => {
    const base = ledger(accept('2023-01-10', 100), confirm('2023-02-01', 40), trade('2023-03-01', 30));
    expect(accepted(base, local('2023-04-01', 10))).toHaveLength(4);
    refusal(base, local('2023-04-01', 10.01), 'disposedWithinSurplus');
    refusal(base, trade('2023-04-01', 10.01), 'disposedWithinSurplus');
  });

  it('confirms exactly what is left despite binary noise in the sums', () => {
    let events = ledger(issue('2021-03-01', 0.1), use('2021-06-01', 0.1), accept('2023-01-10', 0.3), accept('2023-01-11', 0.7));
    const left = events.reduce((s, e) => s + (e.kind === 'reclamationAccepted' ? e.areaM2 : e.kind === 'useForConstruction' ? -e.areaM2 : 0), 0);
    events = accepted(events, { ...confirm('2023-02-01', 0), areaM2: left });
    expect(events).toHaveLength(5);
  });

  it('requires a positive trade price', () => {
    const base = ledger(accept('2023-01-10', 100), confirm('2023-02-01', 40));
    refusal(base, trade('2023-03-01', 10, 0), 'tradePrice');
    refusal(base, trade('2023-03-01', 10, -300_000), 'tradePrice');
  });

  it('allows only the trading scopes the county qualifies for on the trade date', () => {
    const base = ledger(accept('2016-01-10', 100), confirm('2016-02-01', 40));
    const v = refusal(base, trade('2016-03-01', 10, 250_000, 'province'), 'tradeScope');
    expect(v.message).toContain('省域内');
    expect(v.message).toContain('国土资发〔2008〕138号');
    expect(accepted(base, trade('2016-03-01', 10, 250_000, 'county'))).toHaveLength(3);
    expect(accepted(base, trade('2017-06-01', 10, 250_000, 'province'))).toHaveLength(3);
    refusal(base, trade('2017-06-01', 10, 250_000, 'crossProvince'), 'tradeScope');
  });

  it('refuses a trade dated before any scope entry of the policy table', () => {
    const base = ledger(accept('2008-01-10', 100), confirm('2008-02-01', 40));
    expect(refusal(base, trade('2008-03-01', 10, 100_000, 'county'), 'tradeScope').message).toMatch(/没有生效/);
  });

  it('checks the payment status against the amount paid, to the fen', () => {
    const base = ledger(accept('2023-01-10', 100), confirm('2023-02-01', 40));
    // 10 亩 × 300 000 元/亩 = 3 000 000 元
    expect(accepted(base, trade('2023-03-01', 10, 300_000, 'province', 'paid', 3_000_000))).toHaveLength(3);
    expect(accepted(base, trade('2023-03-01', 10, 300_000, 'province', 'partial', 1))).toHaveLength(3);
    refusal(base, trade('2023-03-01', 10, 300_000, 'province', 'paid', 2_999_999.99), 'paymentConsistent');
    refusal(base, trade('2023-03-01', 10, 300_000, 'province', 'partial', 3_000_000), 'paymentConsistent');
    refusal(base, trade('2023-03-01', 10, 300_000, 'province', 'partial', 0), 'paymentConsistent');
    refusal(base, trade('2023-03-01', 10, 300_000, 'province', 'unpaid', 5), 'paymentConsistent');
  });

  it('refuses a second event with an id already in the ledger', () => {
    const first = issue('2021-03-01', 10);
    refusal([first], { ...issue('2021-04-01', 5), id: first.id }, 'uniqueId');
  });

  it('refuses an event that does not fit the schema, naming the field', () => {
    const bad = { ...issue('2021-02-30', 10) };
    const v = refusal([], bad, 'wellFormed');
    expect(v.field).toBe('date');
  });

  it('inserts a back-dated event in date order, after events of the same day', () => {
    const base = ledger(issue('2021-03-01', 100), use('2021-06-01', 50), use('2021-09-01', 10));
    const late = use('2021-06-01', 5);
    const events = accepted(base, late);
    expect(events.map((e) => e.id)).toEqual([base[0]!.id, base[1]!.id, late.id, base[2]!.id]);
  });

  it('refuses a back-dated event that breaks an invariant only at a later event, naming both', () => {
    const base = ledger(issue('2021-03-01', 100), accept('2023-01-10', 100), confirm('2023-02-01', 60));
    // Using 45 亩 in 2022 keeps used ≤ issued, but leaves only 55 亩 for the surplus confirmed in 2023.
    const late = use('2022-01-01', 45);
    const v = refusal(base, late, 'surplusWithinAcceptedMinusUsed');
    expect(v.message).toMatch(/^补录事项「/);
    expect(v.message).toContain(base[2]!.id);
  });

  it('leaves the given ledger untouched when it refuses or accepts', () => {
    const base = ledger(issue('2021-03-01', 100));
    const copy = structuredClone(base);
    refusal(base, use('2021-06-01', 101), 'usedWithinIssued');
    accepted(base, use('2021-06-01', 10));
    expect(base).toEqual(copy);
  });
});

describe('checking a stored ledger', () => {
  it('finds events out of date order, duplicate ids and broken figures', () => {
    const a = issue('2021-03-01', 10);
    const b = use('2021-02-01', 5);
    expect(checkLedger([a, b], POLICY)?.invariant).toBe('dateOrder');
    expect(checkLedger([a, { ...use('2021-04-01', 5), id: a.id }], POLICY)?.invariant).toBe('uniqueId');
    expect(checkLedger([a, use('2021-04-01', 11)], POLICY)?.invariant).toBe('usedWithinIssued');
    expect(checkLedger([a, { ...use('2021-04-01', 1), areaM2: muToM2(-1) }], POLICY)?.invariant).toBe('positiveArea');
    expect(checkLedger([a, use('2021-04-01', 10)], POLICY)).toBeNull();
  });
});
