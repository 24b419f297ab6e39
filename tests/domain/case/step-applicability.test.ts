import { describe, expect, it } from 'vitest';
import { initialSteps, stepApplies } from '../../../src/domain/case/step-applicability';
import { STEP_CATALOGUE, stepDefinition } from '../../../src/domain/case/step-catalogue';
import { unsignedCase, validCase } from './facts';

const applies = (facts: ReturnType<typeof validCase>, key: Parameters<typeof stepDefinition>[0]) => stepApplies(stepDefinition(key), facts);

describe('stepApplies', () => {
  it('applies the review step to social capital only', () => {
    const facts = validCase();
    expect(applies(facts, 'bureau.socialCapitalReview')).toBe(true);
    expect(applies({ ...facts, contract: { ...facts.contract, socialCapital: false } }, 'bureau.socialCapitalReview')).toBe(false);
  });

  it('applies the entrustment step only when an agent signs for the households', () => {
    const facts = validCase();
    expect(applies(facts, 'transferors.entrustment')).toBe(false);
    expect(applies({ ...facts, contract: { ...facts.contract, agent: true } }, 'transferors.entrustment')).toBe(true);
  });

  it('asks for written consent when the contract allows collateral or re-transfer, or a mortgage exists', () => {
    const facts = unsignedCase();
    const none = { ...facts, contract: { ...facts.contract, allowsCollateral: false, allowsRetransfer: false } };
    expect(applies(none, 'transferors.consent')).toBe(false);
    expect(applies({ ...none, contract: { ...none.contract, allowsRetransfer: true } }, 'transferors.consent')).toBe(true);
    expect(applies({ ...none, mortgages: validCase().mortgages }, 'transferors.consent')).toBe(true);
  });

  it('suggests management-right registration from the policy’s term in years', () => {
    const facts = validCase();
    expect(applies(facts, 'bureau.registration')).toBe(true);
    const fourYears = { ...facts, contract: { ...facts.contract, endDate: '2029-09-30' } };
    expect(applies(fourYears, 'bureau.registration')).toBe(false);
  });

  it('applies the bank, insurer and co-op lanes when a record of that kind exists', () => {
    const facts = unsignedCase();
    expect(applies(facts, 'bank.contract')).toBe(false);
    expect(applies(validCase(), 'bank.contract')).toBe(true);
    expect(applies(facts, 'insurer.policy')).toBe(false);
    expect(applies(facts, 'coop.contract')).toBe(false);
  });
});

describe('initialSteps', () => {
  it('creates all 22 catalogue steps with their checklists, not applicable where they do not apply', () => {
    const steps = initialSteps(unsignedCase());
    expect(steps.map((s) => s.key)).toEqual(STEP_CATALOGUE.map((d) => d.key));
    expect(steps.find((s) => s.key === 'bank.contract')!.status).toBe('not_applicable');
    expect(steps.find((s) => s.key === 'transferee.signing')!.status).toBe('todo');
    expect(steps.find((s) => s.key === 'bureau.filing')!.checklist.map((c) => c.item)).toEqual(['流转合同备案登记表', '合同副本']);
  });

  it('marks done, on the contract’s dates, the steps a contract has already passed', () => {
    const steps = initialSteps(validCase());
    const status = (key: string) => steps.find((s) => s.key === key)!;
    expect(status('transferee.signing')).toMatchObject({ status: 'done', statusOn: '2025-09-20' });
    expect(status('bureau.contractReview')).toMatchObject({ status: 'done', statusOn: '2025-09-15' });
    expect(status('bureau.filing')).toMatchObject({ status: 'done', statusOn: '2025-09-25' });
    expect(status('transferee.delivery')).toMatchObject({ status: 'done', statusOn: '2025-10-01' });
    expect(status('bureau.socialCapitalReview')).toMatchObject({ status: 'done', statusOn: '2025-09-10' });
    expect(status('bureau.ledger')).toMatchObject({ status: 'todo', statusOn: null });
  });
});
