import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../src/domain/case/case-facts';
import { caseStage } from '../../../src/domain/case/case-stage';
import { unsignedCase, validCase, withStep } from './facts';

const withContract = (facts: CaseFacts, contract: Partial<CaseFacts['contract']>): CaseFacts => ({ ...facts, contract: { ...facts.contract, ...contract } });
const draft = (): CaseFacts => withContract(unsignedCase(), { status: 'draft', numberedOn: null, socialCapital: false });

describe('caseStage', () => {
  it('closes a case whose contract expired or was terminated', () => {
    expect(caseStage(withContract(validCase(), { status: 'terminated', terminatedOn: '2026-03-01' }))).toBe('closed');
    expect(caseStage(withContract(validCase(), { status: 'expired' }))).toBe('closed');
  });

  it('shows an active contract as active', () => {
    expect(caseStage(validCase())).toBe('active');
  });

  it('keeps a filed contract at the ledger stage until it takes effect', () => {
    expect(caseStage(withContract(validCase(), { status: 'filed', activeOn: null }))).toBe('ledger');
  });

  it('puts a numbered and signed contract at filing', () => {
    const facts = withStep(unsignedCase(), 'bureau.socialCapitalReview', 'done', '2025-09-10');
    expect(caseStage(withStep(facts, 'transferee.signing', 'done', '2025-09-20'))).toBe('filing');
  });

  it('holds social capital at review until the review step is done, then at signing', () => {
    expect(caseStage(unsignedCase())).toBe('review');
    expect(caseStage(withStep(unsignedCase(), 'bureau.socialCapitalReview', 'done', '2025-09-10'))).toBe('signing');
  });

  it('holds a draft with a pending review at review too, since the review may precede numbering', () => {
    expect(caseStage(withContract(unsignedCase(), { status: 'draft', numberedOn: null }))).toBe('review');
  });

  it('calls a draft with no review pending drafting, and a numbered one signing', () => {
    expect(caseStage(draft())).toBe('drafting');
    expect(caseStage(withContract(draft(), { status: 'numbered' }))).toBe('signing');
  });

  it('keeps a draft signed before numbering at signing, where the 审核编号 is still to do', () => {
    expect(caseStage(withContract(draft(), { signedOn: '2025-09-20' }))).toBe('signing');
  });
});
