import { CaseFactsSchema, type CaseFacts } from '../../../../src/domain/case/case-facts';
import { buildCaseView } from '../../../../src/domain/case/case-view-builder';
import { initialSteps } from '../../../../src/domain/case/step-applicability';
import { ContractViewSchema, type ContractView } from '../../../../src/domain/contract/contract-view';
import { muToM2 } from '../../../../src/domain/units';
import type { CaseSources } from '../../../../src/io/documents/case/case-document-frame';
import { contractView } from '../contract/view-fixture';

/**
 * A filed case built the way the store builds it: facts from the contract fixture (3 households, 6
 * parcels) with an agent, collateral and re-transfer allowed, a mortgage with the ABC branch, a policy
 * and a full trusteeship; the view comes from the real buildCaseView, so gates and deadlines are live.
 */

export const AS_OF = '2026-03-01';
const policy = (value: number) => ({ value, effectiveFrom: '2020-01-01', source: '测试' });

export function caseSources(opts: { consents?: boolean; status?: ContractView['status'] } = {}): CaseSources {
  const base = contractView(3, 6, opts.status ?? 'filed');
  const contract = ContractViewSchema.parse({
    ...base,
    draft: {
      ...base.draft,
      agent: { name: '王桥村民委员会 史长林', idNumber: '371722196501150019', powerOfAttorneyHouseholdIds: [101, 102, 103] },
      consents: { ...base.draft.consents, collateral: true, retransfer: true },
    },
  });
  const parcels = contract.parcelRows;
  const facts: Omit<CaseFacts, 'steps'> = {
    asOf: AS_OF,
    contract: {
      id: contract.id,
      number: contract.number,
      status: contract.status,
      mode: 'lease',
      transfereeName: contract.transferee.name,
      socialCapital: false,
      socialCapitalReview: null,
      agent: true,
      town: contract.town,
      village: contract.village,
      villageCode: '371722108201',
      areaM2: contract.totals.areaM2,
      annualRentYuan: contract.totals.annualRentYuan,
      startDate: contract.draft.startDate,
      endDate: contract.draft.endDate,
      signedOn: '2025-12-20',
      numberedOn: '2025-12-10',
      filedOn: contract.status === 'draft' ? null : '2026-01-05',
      activeOn: null,
      terminatedOn: null,
      filingDays: 30,
      allowsCollateral: true,
      allowsRetransfer: true,
      transferors: contract.transferors.map((t) => ({ householdId: t.householdId!, name: t.name, rightEndDate: '2057-12-31' })),
      parcels: parcels.map((r) => ({ parcelId: r.parcelId, code: r.code, householdId: r.householdId, areaM2: r.areaM2 })),
      rentDue: [],
      rentPaidYearly: true,
    },
    mortgages: [
      {
        id: 7,
        bank: '中国农业银行单县支行',
        loanNo: 'ABC-2026-0088',
        amountYuan: 300000,
        annualRate: 0.0435,
        startDate: '2026-02-01',
        maturityDate: '2027-01-31',
        purpose: '购买农资',
        parcels: parcels.slice(0, 4).map((r) => ({ parcelId: r.parcelId, areaM2: r.areaM2 })),
        appraisedValueYuan: 500000,
        appraisalMethod: 'rent_times_term',
        appraiser: '单县农村产权评估中心',
        filedOn: '2026-02-03',
        registration: null,
        insurancePolicyNo: 'PICC-2026-1',
        status: 'active',
      },
    ],
    insurances: [
      {
        id: 3,
        insurer: '中国人民财产保险单县支公司',
        product: 'full_cost',
        crop: '小麦',
        insuredM2: contract.totals.areaM2,
        sumInsuredYuanPerMu: 1000,
        premiumRate: 0.06,
        premiumSplit: { central: 0.45, provincial: 0.25, county: 0.1, farmer: 0.2 },
        policyNo: 'PICC-2026-1',
        startDate: '2025-10-01',
        endDate: '2026-06-30',
        beneficiary: '中国农业银行单县支行',
      },
    ],
    trusteeships: [
      {
        id: 11,
        coop: '单县供销合作社为农服务中心',
        client: contract.transferee.name,
        mode: 'full',
        crop: '小麦',
        areaM2: muToM2(60),
        operations: [],
        feeYuanPerMu: 385,
        payment: { kind: 'deposit_then_balance', depositShare: 0.3, balanceDays: 15 },
        startDate: '2026-03-01',
        endDate: '2026-06-30',
        guaranteedYieldKgPerMu: 500,
        shortfallYuanPerKg: 2.4,
        lateFeeDailyRate: 0.0005,
        signedOn: '2026-02-20',
      },
    ],
    consents: opts.consents
      ? contract.transferors.map((t, i) => ({ id: 20 + i, householdId: t.householdId!, kind: 'mortgage' as const, signedOn: '2026-01-20', documentRef: `WQ-TY-00${i + 1}` }))
      : [],
    corrections: [],
    policy: {
      defaultLtvCap: policy(0.7),
      ltvCapByBank: {},
      registrationSuggestedYears: policy(5),
      reminderDays: policy(60),
    },
  };
  const steps = initialSteps(facts).map((s) =>
    s.key === 'bureau.contractReview' || s.key === 'bureau.filing' || s.key.startsWith('transferors.identity') || s.key === 'transferee.signing'
      ? { ...s, status: 'done' as const, statusOn: '2026-01-05', responsible: '李德明', refs: s.key === 'bureau.filing' ? [{ label: '备案号', value: 'XJ-BA-2026-012' }] : [] }
      : s,
  );
  return { contract, case: buildCaseView(CaseFactsSchema.parse({ ...facts, steps })) };
}
