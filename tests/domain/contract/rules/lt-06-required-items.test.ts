import { describe, expect, it } from 'vitest';
import { findingsOf, PARCEL_CODES, validFacts } from './facts';

describe('LT-06 contents required by Article 19', () => {
  it('accepts share dividends with a contribution and instalments that add up to 100%', () => {
    const facts = validFacts();
    facts.draft.rent = {
      kind: 'share',
      scheme: 'guaranteed_plus_dividend',
      guaranteedYuanPerMuYear: 800,
      contributionYuan: null,
      shares: 9,
      dissolutionReturnsLand: true,
      preferredShares: false,
    };
    facts.draft.payment.mode = 'instalments';
    facts.draft.payment.instalments = [
      { monthDay: '03-01', pct: 50 },
      { monthDay: '09-01', pct: 50 },
    ];
    expect(findingsOf('LT-06', facts)).toEqual([]);
  });

  it('names the parcel and the sides when 四至 are blank', () => {
    const facts = validFacts();
    facts.draft.parcels[2]!.boundaries.west = ' ';
    facts.draft.parcels[2]!.boundaries.north = '';
    const [finding] = findingsOf('LT-06', facts);
    expect(finding).toMatchObject({ ruleId: 'LT-06', severity: 'error', path: 'parcels.2.boundaries', parcelIds: [103] });
    expect(finding!.message).toBe(`地块 ${PARCEL_CODES[2]} 的四至未填写：西至、北至`);
  });

  it('rejects a parcel code that is not the 19-digit contract-rights code', () => {
    const facts = validFacts();
    facts.parcels[1]!.code = '37172210420601';
    const [finding] = findingsOf('LT-06', facts);
    expect(finding).toMatchObject({ path: 'parcels.1.parcelId', parcelIds: [102] });
    expect(finding!.message).toContain('37172210420601');
  });

  it('requires a rent, a guaranteed minimum when chosen, whole instalments and some liability', () => {
    const facts = validFacts();
    facts.draft.rent = { kind: 'cash', yuanPerMuYear: 0 };
    facts.draft.payment.mode = 'instalments';
    facts.draft.payment.instalments = [{ monthDay: '03-01', pct: 60 }];
    facts.draft.penalties = { lateDeliveryPer10k: 0, lateDeliveryTerminateDays: 0, lateRentPer10k: 0, lateRentTerminateDays: 0, lateReturnPer10k: 0 };
    const findings = findingsOf('LT-06', facts);
    expect(findings.map((f) => f.path)).toEqual(['rent.yuanPerMuYear', 'payment.instalments', 'penalties']);
    expect(findings[1]!.message).toContain('60%');
  });

  it('rejects an end date before the start date', () => {
    const facts = validFacts();
    facts.draft.endDate = '2025-09-30';
    const [finding] = findingsOf('LT-06', facts);
    expect(finding).toMatchObject({ path: 'endDate' });
    expect(finding!.message).toContain('2025-09-30');
  });

  it('rejects a date that does not exist, and the other rules still run on it', () => {
    const facts = validFacts();
    facts.draft.signedOn = '2025-02-30';
    const [finding] = findingsOf('LT-06', facts);
    expect(finding).toMatchObject({ path: 'signedOn' });
    expect(finding!.message).toContain('2025-02-30');
    expect(findingsOf('LT-09', facts)[0]!.message).not.toContain('即');
  });
});
