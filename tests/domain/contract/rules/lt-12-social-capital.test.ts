import { describe, expect, it } from 'vitest';
import { findingsOf, SPARE_ID, validFacts } from './facts';

describe('LT-12 social-capital review', () => {
  it('does not apply to a member of the collective leasing as an individual', () => {
    const facts = validFacts();
    facts.transferee = { ...facts.transferee, kind: 'individual', uscc: null, idNumber: SPARE_ID, collectiveMember: true };
    facts.draft.socialCapitalReview = null;
    expect(findingsOf('LT-12', facts)).toEqual([]);
  });

  it('does not apply to a kind the county does not list as social capital', () => {
    const facts = validFacts();
    facts.policy.socialCapitalKinds.value = ['company', 'other'];
    facts.draft.socialCapitalReview = null;
    expect(findingsOf('LT-12', facts)).toEqual([]);
    facts.transferee = { ...facts.transferee, kind: 'company' };
    expect(findingsOf('LT-12', facts)).toMatchObject([{ path: 'socialCapitalReview' }]);
  });

  it('requires the review for an outside individual where the county lists individuals, naming the tier and the policy source', () => {
    const facts = validFacts();
    facts.transferee = { ...facts.transferee, kind: 'individual', name: '张立', uscc: null, idNumber: SPARE_ID };
    facts.draft.socialCapitalReview = null;
    const [finding] = findingsOf('LT-12', facts);
    expect(finding).toMatchObject({ ruleId: 'LT-12', severity: 'error', path: 'socialCapitalReview' });
    expect(finding!.message).toContain('张立');
    expect(finding!.message).toContain('乡镇级');
    expect(finding!.message).toContain('单农发〔2024〕3号');
  });

  it('rejects an approval dated after signing', () => {
    const facts = validFacts();
    facts.draft.socialCapitalReview!.approvedOn = '2025-09-21';
    const [finding] = findingsOf('LT-12', facts);
    expect(finding).toMatchObject({ path: 'socialCapitalReview.approvedOn' });
    expect(finding!.message).toContain('2025-09-21');
    expect(finding!.message).toContain('签约日 2025-09-20');
  });

  it('compares an unsigned draft with the check date', () => {
    const facts = validFacts();
    facts.draft.signedOn = null;
    facts.asOf = '2025-09-05';
    const [finding] = findingsOf('LT-12', facts);
    expect(finding!.message).toContain('检查日 2025-09-05');
  });

  it('routes areas at the county threshold to the county tier, citing the figure and its source', () => {
    const facts = validFacts();
    facts.policy.socialCapitalCountyTierMu.value = 9;
    const [finding] = findingsOf('LT-12', facts);
    expect(finding).toMatchObject({ path: 'socialCapitalReview.tier' });
    // (2001.5 + 1200 + 3004.1) m² = 9.3084 亩
    expect(finding!.message).toContain('流转面积 9.31 亩');
    expect(finding!.message).toContain('9 亩及以上由县级审查（依据：单县农业农村局单农发〔2024〕3号，自 2024-01-01 起施行）');
    facts.draft.socialCapitalReview!.tier = 'county';
    expect(findingsOf('LT-12', facts)).toEqual([]);
  });
});
