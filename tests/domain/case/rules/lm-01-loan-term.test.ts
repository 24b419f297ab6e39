import { describe, expect, it } from 'vitest';
import { lm01LoanTerm } from '../../../../src/domain/case/rules/lm-01-loan-term';
import { mortgage, validCase } from '../facts';

describe('LM-01 loan maturity ≤ transfer end ≤ remaining contract term', () => {
  it('passes a loan that matures before the transfer and the next yearly rent', () => {
    expect(lm01LoanTerm.check(validCase())).toEqual([]);
  });

  it('has nothing to check on a case without a loan in force', () => {
    const facts = validCase();
    expect(lm01LoanTerm.check({ ...facts, mortgages: [mortgage({ status: 'repaid', maturityDate: '2031-01-01' })] })).toEqual([]);
  });

  it('errs when the loan matures after the transfer ends, blocking the loan contract and disbursement', () => {
    const facts = { ...validCase(), mortgages: [mortgage({ maturityDate: '2030-10-01' })] };
    const errors = lm01LoanTerm.check({ ...facts, contract: { ...facts.contract, rentPaidYearly: false } });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('到期日 2030-10-01 晚于流转合同终止日 2030-09-30');
    expect(errors[0]!.severity).toBeUndefined();
    expect(errors[0]!.blocks).toEqual(['bank.contract', 'bank.disbursement']);
    expect(errors[0]!.path).toBe('mortgages.0.maturityDate');
    expect(errors[0]!.recordId).toBe(7);
  });

  it('names the household whose contracting right ends before the transfer', () => {
    const facts = validCase();
    const transferors = [facts.contract.transferors[0]!, { ...facts.contract.transferors[1]!, rightEndDate: '2028-12-31' }];
    const errors = lm01LoanTerm.check({ ...facts, contract: { ...facts.contract, transferors } });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('晚于承包户“王建民”承包期届满日 2028-12-31');
    expect(errors[0]!.message).not.toContain('王建国');
    expect(errors[0]!.path).toBe('contract.endDate');
  });

  it('warns when a loan outlives the next yearly rent date, only where rent is paid yearly', () => {
    const facts = { ...validCase(), mortgages: [mortgage({ maturityDate: '2026-12-31' })] };
    const [warning] = lm01LoanTerm.check(facts);
    expect(warning!.severity).toBe('warning');
    expect(warning!.blocks).toEqual([]);
    expect(warning!.message).toContain('晚于下一期租金支付日 2026-10-01');
    expect(lm01LoanTerm.check({ ...facts, contract: { ...facts.contract, rentPaidYearly: false } })).toEqual([]);
  });

  it('checks each of several loans on its own', () => {
    const facts = { ...validCase(), mortgages: [mortgage(), mortgage({ id: 8, loanNo: 'DK2025-019', maturityDate: '2031-03-31' })] };
    const errors = lm01LoanTerm.check({ ...facts, contract: { ...facts.contract, rentPaidYearly: false } });
    expect(errors.map((e) => e.recordId)).toEqual([8]);
    expect(errors[0]!.path).toBe('mortgages.1.maturityDate');
  });
});
