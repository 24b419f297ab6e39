import { describe, expect, it } from 'vitest';
import { applyEvent, type LedgerInvariantId, type QuotaEvent } from '../../../../src/domain/linkage/quota-ledger';
import { accept, confirm, giveBack, issue, ledger, local, POLICY, trade, use } from './ledger-fixtures';

function refusal(events: QuotaEvent[], next: QuotaEvent, invariant: LedgerInvariantId) {
  const r = applyEvent(events, next, POLICY);
  if (r.ok) throw new Error(`${next.kind} ${next.date} accepted, expected ${invariant}`);
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
      accept('2023-01-10', 150, 140),
      giveBack('2023-02-01', 80),
      confirm('2023-02-15', 40),
      trade('2023-03-01', 30),
      local('2023-04-01', 10),
    );
    expect(events.map((e) => e.kind)).toEqual([
      'issueRevolving', 'useForConstruction', 'reclamationAccepted', 'returnRevolving', 'confirmSurplus', 'tradeSurplus', 'useSurplusLocally',
    ]);
  });

  it('refuses a zero or negative area and a negative cultivated area', () => {
    expect(refusal([], issue('2021-03-01', 0), 'positiveArea').message).toMatch(/面积应大于零/);
    refusal([], issue('2021-03-01', -5), 'positiveArea');
    expect(refusal([], accept('2023-01-10', 10, -1), 'positiveArea').field).toBe('cultivatedM2');
  });

  it('accepts acceptance with no cultivated land but refuses more cultivated than reclaimed', () => {
    expect(accepted([], accept('2023-01-10', 10, 0))).toHaveLength(1);
    expect(refusal([], accept('2023-01-10', 10, 10.5), 'cultivatedWithinReclaimed').message).toContain('10.50 亩');
  });

  it('keeps used within issued quota ("used ≤ issued"), naming both figures in 亩 and the date', () => {
    const base = ledger(issue('2021-03-01', 100), use('2021-06-01', 60));
    expect(accepted(base, use('2021-07-01', 40))).toHaveLength(3);
    const v = refusal(base, use('2021-07-01', 40.01), 'usedWithinIssued');
    expect(v.message).toContain('截至 2021-07-01，建新已用 100.01 亩，超过已下达周转指标 100.00 亩');
    expect(v).toMatchObject({ date: '2021-07-01', field: 'areaM2' });
  });

  it('keeps returns within issued quota ("returned ≤ issued")', () => {
    const base = ledger(issue('2021-03-01', 30), accept('2023-01-10', 80));
    expect(accepted(base, giveBack('2023-02-01', 30))).toHaveLength(3);
    expect(refusal(base, giveBack('2023-02-01', 31), 'returnedWithinIssued').message).toContain('已归还 31.00 亩，超过已下达周转指标 30.00 亩');
  });
});

describe('"returned + surplus confirmed ≤ reclaimed area accepted": the quota is repaid out of the reclaimed land, only the rest is surplus', () => {
  // The sequence a new user found: 100 亩 issued, 50 used, 150 accepted, 100 returned, then 100 surplus and 100 sold.
  const found = () => ledger(issue('2024-01-10', 100), use('2024-03-01', 50), accept('2025-05-20', 150), giveBack('2025-06-01', 100));

  it('refuses the 100 亩 surplus that would dispose of 200 亩 from 150 亩 reclaimed, with the figures and the date', () => {
    const v = refusal(found(), confirm('2025-06-10', 100), 'returnedPlusSurplusWithinAccepted');
    expect(v.date).toBe('2025-06-10');
    expect(v.message).toContain('截至 2025-06-10，已归还 100.00 亩 加已确认节余 100.00 亩，共 200.00 亩，超过已验收复垦面积 150.00 亩');
  });

  it('confirms the 50 亩 that is left and then refuses selling 100 亩 of it', () => {
    const events = accepted(found(), confirm('2025-06-10', 50));
    expect(refusal(events, trade('2025-07-01', 100), 'disposedWithinSurplus').message).toContain('超过已确认节余 50.00 亩');
    expect(accepted(events, trade('2025-07-01', 50))).toHaveLength(6);
  });

  it('refuses a return before any reclamation is accepted, saying acceptance comes first', () => {
    const base = ledger(issue('2021-03-01', 100), use('2021-06-01', 20));
    expect(refusal(base, giveBack('2021-07-01', 10), 'returnedPlusSurplusWithinAccepted').message).toMatch(/尚无复垦验收.*ZJ-06/);
    refusal(base, trade('2021-07-01', 10), 'disposedWithinSurplus');
    refusal(base, local('2021-07-01', 10), 'disposedWithinSurplus');
  });

  it('confirms exactly what is left despite binary noise in the sums', () => {
    let events = ledger(issue('2021-03-01', 0.1), use('2021-06-01', 0.1), accept('2023-01-10', 0.3), accept('2023-01-11', 0.7), giveBack('2023-01-20', 0.1));
    const left = events.reduce((s, e) => s + (e.kind === 'reclamationAccepted' ? e.areaM2 : e.kind === 'returnRevolving' ? -e.areaM2 : 0), 0);
    events = accepted(events, { ...confirm('2023-02-01', 0), areaM2: left });
    expect(events).toHaveLength(6);
  });
});

describe('"surplus is confirmed only once the revolving quota used has been returned", at the confirmation and after it', () => {
  const accepted150 = () => ledger(issue('2024-01-10', 100), use('2024-03-01', 50), accept('2025-05-20', 150));

  it('refuses surplus confirmed while the 50 亩 used is not returned, pointing at the date to correct', () => {
    const v = refusal(accepted150(), confirm('2025-06-10', 50), 'surplusAfterReturn');
    expect(v.field).toBe('date');
    expect(v.message).toContain('截至 2025-06-10，已确认节余 50.00 亩，而建新已用周转指标 50.00 亩、已归还 0.00 亩，尚有 50.00 亩 未归还');
    expect(accepted(accepted(accepted150(), giveBack('2025-06-01', 50)), confirm('2025-06-10', 50))).toHaveLength(5);
  });

  it('counts a return and a confirmation of the same date together', () => {
    expect(accepted(accepted(accepted150(), giveBack('2025-06-10', 50)), confirm('2025-06-10', 50))).toHaveLength(5);
  });

  it('refuses construction use after the confirmation unless it is returned too', () => {
    const events = ledger(issue('2024-01-10', 100), use('2024-03-01', 50), accept('2025-05-20', 150), giveBack('2025-06-01', 50), confirm('2025-06-10', 50));
    expect(refusal(events, use('2025-08-01', 10), 'surplusAfterReturn').field).toBe('areaM2');
    expect(accepted(accepted(events, giveBack('2025-08-01', 10)), use('2025-08-01', 10))).toHaveLength(7);
  });

  it('refuses a back-dated use that leaves a later confirmation unreturned, naming both events and the later date', () => {
    const events = ledger(issue('2024-01-10', 100), use('2024-03-01', 50), accept('2025-05-20', 150), giveBack('2025-06-01', 50), confirm('2025-06-10', 50));
    const late = use('2024-09-01', 10);
    const v = refusal(events, late, 'surplusAfterReturn');
    expect(v.date).toBe('2025-06-10');
    expect(v.message).toMatch(new RegExp(`^补录事项「${late.id}」（2024-09-01 建新使用）后，事项「${events[4]!.id}」（2025-06-10 节余指标确认）：截至 2025-06-10，`));
  });
});

describe('"cultivated land accepted ≥ returned + surplus confirmed" (耕地数量不减少)', () => {
  it('refuses surplus beyond the accepted cultivated land even when the reclaimed area would allow it', () => {
    const base = ledger(issue('2024-01-10', 100), use('2024-03-01', 50), accept('2025-05-20', 150, 100), giveBack('2025-06-01', 50));
    const v = refusal(base, confirm('2025-06-10', 80), 'cultivatedCoversReturnedPlusSurplus');
    expect(v.message).toContain('已归还 50.00 亩 加已确认节余 80.00 亩，共 130.00 亩，超过已验收复垦耕地 100.00 亩');
    expect(accepted(base, confirm('2025-06-10', 50))).toHaveLength(5);
  });

  it('refuses a return beyond the accepted cultivated land', () => {
    const base = ledger(issue('2021-03-01', 100), accept('2023-01-10', 80, 50));
    expect(accepted(base, giveBack('2023-02-01', 50))).toHaveLength(3);
    refusal(base, giveBack('2023-02-01', 51), 'cultivatedCoversReturnedPlusSurplus');
  });
});

describe('the checks of one event', () => {
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
    expect(refusal([], issue('2021-02-30', 10), 'wellFormed').field).toBe('date');
  });
});

describe('back-dated events', () => {
  it('go in date order, after events of the same day', () => {
    const base = ledger(issue('2021-03-01', 100), use('2021-06-01', 50), use('2021-09-01', 10));
    const late = use('2021-06-01', 5);
    expect(accepted(base, late).map((e) => e.id)).toEqual([base[0]!.id, base[1]!.id, late.id, base[2]!.id]);
  });

  it('are refused when they break an invariant only at a later date, naming both events', () => {
    const base = ledger(issue('2021-03-01', 100), accept('2021-12-01', 100), confirm('2023-02-01', 60));
    // Returning 45 亩 in 2022 fits then, but leaves only 55 亩 of the accepted 100 for the surplus confirmed in 2023.
    const late = giveBack('2022-01-01', 45);
    const v = refusal(base, late, 'returnedPlusSurplusWithinAccepted');
    expect(v.date).toBe('2023-02-01');
    expect(v.message).toMatch(new RegExp(`^补录事项「${late.id}」.*事项「${base[2]!.id}」`));
    expect(v.message).toContain('共 105.00 亩，超过已验收复垦面积 100.00 亩');
  });

  it('leave the given ledger untouched when refused or accepted', () => {
    const base = ledger(issue('2021-03-01', 100));
    const copy = structuredClone(base);
    refusal(base, use('2021-06-01', 101), 'usedWithinIssued');
    accepted(base, use('2021-06-01', 10));
    expect(base).toEqual(copy);
  });
});

describe('recording on a ledger from an older file that already breaks an invariant', () => {
  // Stored before returns and surplus were checked together: 200 亩 disposed of from 150 亩 reclaimed.
  const old = [issue('2024-01-10', 100), use('2024-03-01', 50), accept('2025-05-20', 150), giveBack('2025-06-01', 100), confirm('2025-06-10', 100)];

  it('accepts an event that breaks nothing new, such as the acceptance that covers the surplus', () => {
    expect(accepted(old, accept('2025-09-01', 20))).toHaveLength(6);
    expect(accepted(old, issue('2025-09-01', 5))).toHaveLength(6);
  });

  it('refuses an event that breaks an invariant the ledger kept', () => {
    refusal(old, trade('2025-09-01', 101), 'disposedWithinSurplus');
  });
});
