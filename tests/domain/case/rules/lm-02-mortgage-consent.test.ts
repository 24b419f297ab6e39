import { describe, expect, it } from 'vitest';
import { lm02MortgageConsent } from '../../../../src/domain/case/rules/lm-02-mortgage-consent';
import { mortgage, validCase, withStep } from '../facts';

const onlyConsentOf = (householdId: number) => validCase().consents.filter((c) => c.householdId === householdId);

describe('LM-02 mortgage needs filing, collateral consent in the contract and every holder’s written consent', () => {
  it('passes a mortgage on a filed contract with both households’ consents', () => {
    expect(lm02MortgageConsent.check(validCase())).toEqual([]);
  });

  it('names the household whose written consent is missing and blocks the loan contract and disbursement', () => {
    const errors = lm02MortgageConsent.check({ ...validCase(), consents: onlyConsentOf(11) });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('缺少承包户“王建民”同意抵押的书面同意书');
    expect(errors[0]!.message).not.toContain('王建国');
    expect(errors[0]!.blocks).toEqual(['bank.contract', 'bank.disbursement']);
    expect(errors[0]!.recordId).toBe(7);
    expect(errors[0]!.path).toBe('consents');
  });

  it('asks only the households whose parcels the mortgage covers', () => {
    const onlyWangJianguo = mortgage({ parcels: [{ parcelId: 101, areaM2: 3000 }, { parcelId: 102, areaM2: 700 }] });
    expect(lm02MortgageConsent.check({ ...validCase(), mortgages: [onlyWangJianguo], consents: onlyConsentOf(11) })).toEqual([]);
  });

  it('does not count a consent to re-transfer as a consent to mortgage', () => {
    const consents = validCase().consents.map((c) => (c.householdId === 12 ? { ...c, kind: 'retransfer' as const } : c));
    const [error] = lm02MortgageConsent.check({ ...validCase(), consents });
    expect(error!.message).toContain('王建民');
  });

  it('checks every mortgage against the households it covers', () => {
    const second = mortgage({ id: 8, loanNo: 'DK2025-019', parcels: [{ parcelId: 102, areaM2: 700 }] });
    const first = mortgage({ parcels: [{ parcelId: 103, areaM2: 2500 }] });
    const errors = lm02MortgageConsent.check({ ...validCase(), mortgages: [first, second], consents: onlyConsentOf(12) });
    expect(errors.map((e) => [e.recordId, e.message.includes('王建国')])).toEqual([[8, true]]);
  });

  it('errs while the contract is not filed, by either the contract date or the filing step', () => {
    const facts = validCase();
    const unfiled = { ...facts, contract: { ...facts.contract, status: 'numbered' as const, filedOn: null, activeOn: null } };
    const [error] = lm02MortgageConsent.check(withStep(unfiled, 'bureau.filing', 'todo'));
    expect(error!.message).toContain('尚未向发包方备案');
    expect(error!.path).toBe('contract.filedOn');
    expect(lm02MortgageConsent.check(withStep(unfiled, 'bureau.filing', 'done', '2025-09-25'))).toEqual([]);
  });

  it('errs when the contract does not allow financing collateral', () => {
    const facts = validCase();
    const [error] = lm02MortgageConsent.check({ ...facts, contract: { ...facts.contract, allowsCollateral: false } });
    expect(error!.path).toBe('contract.allowsCollateral');
    expect(error!.message).toContain('未约定同意以土地经营权融资担保');
  });

  it('warns, without blocking, while the mortgage itself is not yet filed with the 发包方', () => {
    const [warning, ...rest] = lm02MortgageConsent.check({ ...validCase(), mortgages: [mortgage({ filedOn: null })] });
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', blocks: [], path: 'mortgages.0.filedOn', recordId: 7 });
    expect(warning!.message).toContain('尚未向发包方备案');
  });

  it('errs on a mortgaged parcel that is not in the contract', () => {
    const [error] = lm02MortgageConsent.check({ ...validCase(), mortgages: [mortgage({ parcels: [{ parcelId: 101, areaM2: 3000 }, { parcelId: 999, areaM2: 10 }] })] });
    expect(error!.message).toContain('#999 不在本流转合同内');
  });

  it('leaves a repaid loan alone', () => {
    expect(lm02MortgageConsent.check({ ...validCase(), mortgages: [mortgage({ status: 'repaid' })], consents: [] })).toEqual([]);
  });
});
