import { describe, expect, it } from 'vitest';
import { sc01SocialCapitalReview } from '../../../../src/domain/case/rules/sc-01-social-capital-review';
import { unsignedCase, validCase, withStep } from '../facts';

describe('SC-01 social-capital review before signing', () => {
  it('passes a social-capital case whose review was approved before the signing', () => {
    expect(sc01SocialCapitalReview.check(validCase())).toEqual([]);
  });

  it('does not apply to a transferee who is not social capital', () => {
    const facts = unsignedCase();
    expect(sc01SocialCapitalReview.check({ ...facts, contract: { ...facts.contract, socialCapital: false } })).toEqual([]);
  });

  it('blocks signing and delivery while the review is not approved, but not the contract review', () => {
    const [finding] = sc01SocialCapitalReview.check(unsignedCase());
    expect(finding!.blocks).toEqual(['transferee.signing', 'transferee.delivery']);
    expect(finding!.message).toContain('单县丰收农机专业合作社');
    expect(finding!.message).toContain('审查批准前不得签约');
    expect(finding!.path).toBe('contract.socialCapitalReview');
  });

  it('still blocks when the approval is recorded but the review step is not completed', () => {
    const facts = unsignedCase();
    const recorded = { ...facts, contract: { ...facts.contract, socialCapitalReview: { approvalNo: '谢集镇农经审〔2025〕12号', approvedOn: '2025-09-10', tier: 'township' as const } } };
    const [finding] = sc01SocialCapitalReview.check(recorded);
    expect(finding!.message).toContain('步骤尚未完成');
    expect(sc01SocialCapitalReview.check(withStep(recorded, 'bureau.socialCapitalReview', 'done', '2025-09-10'))).toEqual([]);
  });

  it('names both dates when the contract was signed before the approval', () => {
    const facts = validCase();
    const late = { ...facts, contract: { ...facts.contract, socialCapitalReview: { ...facts.contract.socialCapitalReview!, approvedOn: '2025-09-21' } } };
    const [finding] = sc01SocialCapitalReview.check(late);
    expect(finding!.message).toContain('签约日 2025-09-20 早于审查批准日 2025-09-21');
    expect(finding!.path).toBe('contract.socialCapitalReview.approvedOn');
  });

  it('accepts an approval on the signing day itself', () => {
    const facts = validCase();
    const sameDay = { ...facts, contract: { ...facts.contract, socialCapitalReview: { ...facts.contract.socialCapitalReview!, approvedOn: '2025-09-20' } } };
    expect(sc01SocialCapitalReview.check(sameDay)).toEqual([]);
  });
});
