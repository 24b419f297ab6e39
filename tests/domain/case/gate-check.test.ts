import { describe, expect, it } from 'vitest';
import { buildCaseView } from '../../../src/domain/case/case-view-builder';
import { refuseBlockedStep } from '../../../src/domain/case/gate-check';
import { mortgage, unsignedCase, validCase } from './facts';

describe('refuseBlockedStep', () => {
  it('refuses completing the signing of social capital before the review, naming SC-01', () => {
    const reason = refuseBlockedStep(buildCaseView(unsignedCase()), 'transferee.signing', 'done');
    expect(reason).toMatch(/^不能完成“签订流转合同”：SC-01 /);
  });

  it('lets a blocked step start, be returned or be set aside; only completion is gated', () => {
    const view = buildCaseView(unsignedCase());
    for (const to of ['todo', 'in_progress', 'returned', 'not_applicable'] as const) expect(refuseBlockedStep(view, 'transferee.signing', to)).toBeNull();
    expect(refuseBlockedStep(view, 'bureau.contractReview', 'done')).toBeNull();
  });

  it('refuses the loan contract without every consent, listing every error on it', () => {
    const facts = validCase();
    const view = buildCaseView({ ...facts, consents: [], contract: { ...facts.contract, allowsCollateral: false } });
    const reason = refuseBlockedStep(view, 'bank.contract', 'done')!;
    expect(reason).toContain('LM-02');
    expect(reason).toContain('未约定同意以土地经营权融资担保');
    expect(reason).toContain('缺少承包户“王建国”、承包户“王建民”同意抵押的书面同意书');
  });

  it('does not refuse for warnings', () => {
    const view = buildCaseView({ ...validCase(), mortgages: [mortgage({ amountYuan: 390_000 })] });
    expect(view.gates.map((g) => g.ruleId)).toEqual(['LM-03']);
    expect(refuseBlockedStep(view, 'bank.contract', 'done')).toBeNull();
  });

  it('refuses completing the mortgage registration without registration data (LM-04)', () => {
    const view = buildCaseView({ ...validCase(), mortgages: [mortgage({ registration: null })] });
    expect(refuseBlockedStep(view, 'bank.registration', 'done')).toContain('LM-04');
    expect(refuseBlockedStep(buildCaseView(validCase()), 'bank.registration', 'done')).toBeNull();
  });
});
