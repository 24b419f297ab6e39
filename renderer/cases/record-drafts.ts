import type { CaseConsent, Insurance, Mortgage, Trusteeship } from '../../src/domain/case/case-records';
import { addYears } from '../../src/domain/calendar/calendar-months';
import type { CaseViewData, PriceList } from './case-api';

/**
 * New records as the forms start them: the case's own parcels, areas and transferee filled in, dates from
 * today for a year, amounts left at 0 for the planner to enter (the core refuses a record still at 0).
 */

export function blankMortgage(view: CaseViewData, today: string): Mortgage {
  return {
    id: null,
    bank: '',
    loanNo: '',
    amountYuan: 0,
    annualRate: 0,
    startDate: today,
    maturityDate: addYears(today, 1),
    purpose: '',
    parcels: view.contract.parcels.map((p) => ({ parcelId: p.parcelId, areaM2: p.areaM2 })),
    appraisedValueYuan: 0,
    appraisalMethod: 'rent_times_term',
    appraiser: '',
    filedOn: null,
    registration: null,
    insurancePolicyNo: '',
    status: 'active',
  };
}

export function blankInsurance(view: CaseViewData, today: string): Insurance {
  return {
    id: null,
    insurer: '',
    product: 'full_cost',
    crop: '',
    insuredM2: view.contract.areaM2,
    sumInsuredYuanPerMu: 0,
    premiumRate: 0,
    premiumSplit: { central: 0, provincial: 0, county: 0, farmer: 1 },
    policyNo: '',
    startDate: today,
    endDate: addYears(today, 1),
    beneficiary: '',
  };
}

export function blankTrusteeship(view: CaseViewData, list: PriceList | null, today: string): Trusteeship {
  return {
    id: null,
    coop: list?.coop ?? '',
    client: view.contract.transfereeName,
    mode: 'partial',
    crop: '',
    areaM2: view.contract.areaM2,
    operations: [],
    feeYuanPerMu: 0,
    payment: { kind: 'deposit_then_balance', depositShare: 0.3, balanceDays: 30 },
    startDate: today,
    endDate: addYears(today, 1),
    guaranteedYieldKgPerMu: null,
    shortfallYuanPerKg: null,
    lateFeeDailyRate: 0.0005,
    signedOn: null,
  };
}

export const blankConsent = (householdId: number, today: string): CaseConsent => ({ id: null, householdId, kind: 'mortgage', signedOn: today, documentRef: '' });

/** The household's written consent of a kind, if recorded (LM-02 wants one per household for a mortgage). */
export const consentOf = (view: CaseViewData, householdId: number, kind: CaseConsent['kind']): CaseConsent | null =>
  view.consents.find((c) => c.householdId === householdId && c.kind === kind) ?? null;
