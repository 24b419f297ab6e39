import { describe, expect, it } from 'vitest';
import { parametersAt } from '../../../../src/domain/linkage/parameters/linkage-parameters';
import { consentSummary } from '../../../../src/domain/linkage/relocation/consent-summary';
import { AS_OF, TEST_TABLE, wangqiaoHouseholds } from './wangqiao-fixture';

describe('the consent summary', () => {
  it('meets the 95% threshold with 39 of 40 households agreed (97.5%)', () => {
    const s = consentSummary(wangqiaoHouseholds(), parametersAt(TEST_TABLE, AS_OF));
    expect(s).toMatchObject({ households: 40, agreed: 39, refused: 0, pending: 1, rate: 0.975, met: true });
    expect(s.threshold.path).toBe('consentThreshold');
  });

  it('falls short at 37 of 40 (92.5%) when two more refuse', () => {
    const households = wangqiaoHouseholds().map((h, i) => (i < 2 ? { ...h, consent: { status: 'refused' as const, signedOn: '2025-03-02' } } : h));
    const s = consentSummary(households, parametersAt(TEST_TABLE, AS_OF));
    expect(s.rate).toBe(0.925);
    expect(s.met).toBe(false);
  });

  it('has no threshold before the 2020 rule and says which parameter is missing', () => {
    expect(() => consentSummary(wangqiaoHouseholds(), parametersAt(TEST_TABLE, '2019-12-31'))).toThrow('consentThreshold');
  });
});
