import { CaseFactsSchema, type CaseFacts } from '../../../src/domain/case/case-facts';
import type { StepStatus } from '../../../src/domain/case/case-lane';
import type { Mortgage, Trusteeship } from '../../../src/domain/case/case-records';
import { initialSteps } from '../../../src/domain/case/step-applicability';
import type { StepKey } from '../../../src/domain/case/step-catalogue';
import { muToM2 } from '../../../src/domain/units';

/**
 * A case that passes every gate: a cooperative (social capital, approved by the township before signing)
 * leases three parcels of two 王桥村 households from 2025-10-01 to 2030-09-30; the contract is filed and
 * active. 单县农商银行 lends 200 000 yuan on parcels 101 (王建国) and 103 (王建民) with both households'
 * written consent, registered, at 50% of the appraised value. Tests change one fact at a time.
 */

const policy = <T>(value: T) => ({ value, effectiveFrom: '2024-01-01', source: '单县农业农村局单农发〔2024〕3号' });

export const BANK = '单县农村商业银行';

export function mortgage(overrides: Partial<Mortgage> = {}): Mortgage {
  return {
    id: 7,
    bank: BANK,
    loanNo: 'DK2025-018',
    amountYuan: 200_000,
    annualRate: 0.0435,
    startDate: '2025-11-01',
    maturityDate: '2026-09-30',
    purpose: '购置农资',
    parcels: [
      { parcelId: 101, areaM2: 3000 },
      { parcelId: 103, areaM2: 2500 },
    ],
    appraisedValueYuan: 400_000,
    appraisalMethod: 'rent_times_term',
    appraiser: '单县农经站',
    filedOn: '2025-10-28',
    registration: { registrar: '单县不动产登记中心', number: '鲁(2025)单县不动产证明第0012345号', registeredOn: '2025-10-30' },
    insurancePolicyNo: '',
    status: 'active',
    ...overrides,
  };
}

/** Partial trusteeship of 100 亩 of wheat: plough, sow and harvest at 135 yuan/亩, 30% down. */
export function trusteeship(overrides: Partial<Trusteeship> = {}): Trusteeship {
  return {
    id: 3,
    coop: '单县供销社为农服务中心',
    client: '单县丰收农机专业合作社',
    mode: 'partial',
    crop: '小麦',
    areaM2: muToM2(100),
    operations: ['plough', 'sow', 'harvest'],
    feeYuanPerMu: 135,
    payment: { kind: 'deposit_then_balance', depositShare: 0.3, balanceDays: 15 },
    startDate: '2025-10-05',
    endDate: '2026-06-15',
    guaranteedYieldKgPerMu: null,
    shortfallYuanPerKg: null,
    lateFeeDailyRate: 0.0005,
    signedOn: '2025-09-28',
    ...overrides,
  };
}

export function validCase(): CaseFacts {
  const base = CaseFactsSchema.omit({ steps: true }).parse({
    asOf: '2025-11-15',
    contract: {
      id: 42,
      number: '371722-2025-0007',
      status: 'active',
      mode: 'lease',
      transfereeName: '单县丰收农机专业合作社',
      socialCapital: true,
      socialCapitalReview: { approvalNo: '谢集镇农经审〔2025〕12号', approvedOn: '2025-09-10', tier: 'township' },
      agent: false,
      town: '谢集镇',
      village: '王桥村',
      villageCode: '371722104206',
      areaM2: 6200,
      annualRentYuan: 8370,
      startDate: '2025-10-01',
      endDate: '2030-09-30',
      signedOn: '2025-09-20',
      numberedOn: '2025-09-15',
      filedOn: '2025-09-25',
      activeOn: '2025-10-01',
      terminatedOn: null,
      filingDays: 30,
      allowsCollateral: true,
      allowsRetransfer: false,
      transferors: [
        { householdId: 11, name: '王建国', rightEndDate: '2057-12-31' },
        { householdId: 12, name: '王建民', rightEndDate: '2057-12-31' },
      ],
      parcels: [
        { parcelId: 101, code: '3717221042060100041', householdId: 11, areaM2: 3000 },
        { parcelId: 102, code: '3717221042060100042', householdId: 11, areaM2: 700 },
        { parcelId: 103, code: '3717221042060100107', householdId: 12, areaM2: 2500 },
      ],
      rentDue: [
        { dueDate: '2026-10-01', householdId: 11, amountYuan: 5015 },
        { dueDate: '2026-10-01', householdId: 12, amountYuan: 3355 },
      ],
      rentPaidYearly: true,
    },
    mortgages: [mortgage()],
    insurances: [],
    trusteeships: [],
    consents: [
      { id: 1, householdId: 11, kind: 'mortgage', signedOn: '2025-10-20', documentRef: '王桥村档〔2025〕31号' },
      { id: 2, householdId: 12, kind: 'mortgage', signedOn: '2025-10-20', documentRef: '王桥村档〔2025〕32号' },
    ],
    corrections: [],
    policy: {
      defaultLtvCap: policy(0.7),
      ltvCapByBank: { [BANK]: policy(0.6) },
      registrationSuggestedYears: policy(5),
      reminderDays: policy(30),
    },
  });
  return { ...base, steps: initialSteps(base) };
}

/** The case with one step set to a status (and dated, for done or returned). */
export function withStep(facts: CaseFacts, key: StepKey, status: StepStatus, statusOn: string | null = null): CaseFacts {
  return { ...facts, steps: facts.steps.map((s) => (s.key === key ? { ...s, status, statusOn } : s)) };
}

/** A case not yet signed: a numbered draft of the same contract, with no records. */
export function unsignedCase(): CaseFacts {
  const facts = validCase();
  const contract = { ...facts.contract, status: 'numbered' as const, signedOn: null, filedOn: null, activeOn: null, socialCapitalReview: null };
  const base = { ...facts, contract, mortgages: [], consents: [] };
  return { ...base, steps: initialSteps(base) };
}
