import { describe, expect, it } from 'vitest';
import { CaseConsentSchema, InsuranceSchema, MortgageSchema, TrusteeshipSchema } from '../../../src/domain/case/case-records';
import type { CaseViewData } from '../../../renderer/cases/case-api';
import { blankConsent, blankInsurance, blankMortgage, blankTrusteeship, consentOf } from '../../../renderer/cases/record-drafts';

const view = {
  contract: {
    transfereeName: '单县丰源家庭农场',
    areaM2: 6670,
    parcels: [
      { parcelId: 3, code: '371722001001JA00001', householdId: 1, areaM2: 4000 },
      { parcelId: 4, code: '371722001001JA00002', householdId: 2, areaM2: 2670 },
    ],
  },
  consents: [{ id: 9, householdId: 2, kind: 'mortgage', signedOn: '2025-01-05', documentRef: 'TY-2' }],
} as unknown as CaseViewData;

describe('new records', () => {
  it('cover all the contract’s parcels and area, and run a year from today', () => {
    const m = blankMortgage(view, '2025-04-02');
    expect(m.parcels).toEqual([{ parcelId: 3, areaM2: 4000 }, { parcelId: 4, areaM2: 2670 }]);
    expect(m.maturityDate).toBe('2026-04-02');
    expect(blankInsurance(view, '2025-04-02').insuredM2).toBe(6670);
    expect(blankTrusteeship(view, null, '2025-04-02')).toMatchObject({ areaM2: 6670, client: '单县丰源家庭农场', coop: '' });
  });

  it('are refused by the schemas until the planner enters the amounts and names', () => {
    expect(MortgageSchema.safeParse(blankMortgage(view, '2025-04-02')).success).toBe(false);
    expect(InsuranceSchema.safeParse(blankInsurance(view, '2025-04-02')).success).toBe(false);
    expect(CaseConsentSchema.safeParse(blankConsent(1, '2025-04-02')).success).toBe(false);
  });

  it('become valid records once those are filled in', () => {
    const m = { ...blankMortgage(view, '2025-04-02'), bank: '单县农商银行', loanNo: 'DK-1', amountYuan: 100000, appraisedValueYuan: 200000 };
    expect(MortgageSchema.safeParse(m).success).toBe(true);
    const i = { ...blankInsurance(view, '2025-04-02'), insurer: '人保财险', crop: '小麦', sumInsuredYuanPerMu: 950, premiumRate: 0.06 };
    expect(InsuranceSchema.safeParse(i).success).toBe(true);
    const list = { coop: '单县供销社', operations: { plough: 60 }, fullPackageYuanPerMu: null, effectiveFrom: '2025-01-01', source: '价目表' };
    const tr = { ...blankTrusteeship(view, list, '2025-04-02'), crop: '小麦', operations: ['plough' as const], feeYuanPerMu: 60 };
    expect(tr.coop).toBe('单县供销社');
    expect(TrusteeshipSchema.safeParse(tr).success).toBe(true);
    expect(CaseConsentSchema.safeParse({ ...blankConsent(1, '2025-04-02'), documentRef: 'TY-1' }).success).toBe(true);
  });

  it('find a household’s recorded consent of a kind', () => {
    expect(consentOf(view, 2, 'mortgage')?.documentRef).toBe('TY-2');
    expect(consentOf(view, 2, 'retransfer')).toBeNull();
    expect(consentOf(view, 1, 'mortgage')).toBeNull();
  });

  it('add years to a date', () => {
  });
});
