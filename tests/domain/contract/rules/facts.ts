import { ContractFactsSchema, type ContractFacts } from '../../../../src/domain/contract/contract-facts';
import type { Finding } from '../../../../src/domain/contract/rule';
import { runContractRules } from '../../../../src/domain/contract/rules';

/**
 * A lease that passes every legal check: two households of 王桥村 lease three parcels (about 9.3 亩) to
 * a cooperative from outside the village, approved by the township before signing. Tests change one
 * field at a time to make one rule fail. Identity numbers carry real checksums.
 */

export const PARCEL_CODES = ['3717221042060100041', '3717221042060100042', '3717221042060100107'] as const;
export const COOP_USCC = '93371722MA3C4F5K0T';
export const HEAD_IDS = ['371722196803154010', '371722197207084022'] as const;
/** Valid IDs for people added by tests. */
export const SPARE_ID = '371722198001010030';

const policy = (value: number) => ({ value, effectiveFrom: '2024-01-01', source: '单县农业农村局单农发〔2024〕3号' });

export function validFacts(): ContractFacts {
  return ContractFactsSchema.parse({
    asOf: '2025-09-20',
    draft: {
      mode: 'lease',
      transferorHouseholdIds: [11, 12],
      transfereePartyId: 5,
      agent: null,
      parcels: [
        { parcelId: 101, areaM2: null, boundaries: { east: '生产路', south: '王建民', west: '沟渠', north: '王建国' } },
        { parcelId: 102, areaM2: 1200, boundaries: { east: '王建民', south: '生产路', west: '史保田', north: '沟渠' } },
        { parcelId: 103, areaM2: null, boundaries: { east: '沟渠', south: '王建国', west: '王俊', north: '生产路' } },
      ],
      use: '种植小麦、玉米',
      useKind: 'grain',
      startDate: '2025-10-01',
      endDate: '2027-09-30',
      deliveryDate: '2025-10-01',
      rent: { kind: 'cash', yuanPerMuYear: 900 },
      adjustment: null,
      payment: { mode: 'annual', dueMonthDay: '10-01' },
      payeeAccount: { name: '王建国', number: '6228480000000000000', bank: '中国农业银行单县支行' },
      consents: { improvements: true, facilities: true, collateral: true, retransfer: true },
      subsidiesTo: 'transferor',
      riskFund: null,
      compensation: { fixtures: 'transferee', crops: 'transferee' },
      facilitiesAtExpiry: 'restore',
      filingDays: 30,
      renewalNoticeDays: 90,
      returnDays: 30,
      penalties: { lateDeliveryPer10k: 5, lateDeliveryTerminateDays: 30, lateRentPer10k: 5, lateRentTerminateDays: 60, lateReturnPer10k: 5 },
      disputes: 'arbitration',
      copies: 4,
      annexes: [{ item: '双方身份证明复印件', supplied: true, pages: 3 }],
      socialCapitalReview: { approvalNo: '谢集镇农经审〔2025〕12号', approvedOn: '2025-09-10', tier: 'township' },
      collectiveLand: null,
      signedOn: '2025-09-20',
      signPlace: '谢集镇王桥村',
    },
    transferors: [
      {
        householdId: 11,
        code: '371722104206010011',
        headName: '王建国',
        headIdNumber: HEAD_IDS[0],
        contractEnd: '2027-12-31',
        villageCode: '371722104206',
        villageName: '王桥村',
        secondRoundEnd: '2027-12-31',
        extendedEnd: null,
      },
      {
        householdId: 12,
        code: '371722104206010012',
        headName: '王建民',
        headIdNumber: HEAD_IDS[1],
        contractEnd: '2027-12-31',
        villageCode: '371722104206',
        villageName: '王桥村',
        secondRoundEnd: '2027-12-31',
        extendedEnd: null,
      },
    ],
    transferee: {
      partyId: 5,
      kind: 'cooperative',
      name: '单县丰收农机专业合作社',
      uscc: COOP_USCC,
      idNumber: null,
      representative: '李明',
      collectiveMember: false,
    },
    parcels: [
      { parcelId: 101, code: PARCEL_CODES[0], householdId: 11, groupCode: '01', landClass: '0103', basicFarmland: true, registeredAreaM2: 2000, ellipsoidAreaM2: 2001.5, leasedAreaM2: 2001.5 },
      { parcelId: 102, code: PARCEL_CODES[1], householdId: 11, groupCode: '01', landClass: '0102', basicFarmland: false, registeredAreaM2: 1500, ellipsoidAreaM2: 1498.2, leasedAreaM2: 1200 },
      { parcelId: 103, code: PARCEL_CODES[2], householdId: 12, groupCode: '01', landClass: '0103', basicFarmland: true, registeredAreaM2: 3000, ellipsoidAreaM2: 3004.1, leasedAreaM2: 3004.1 },
    ],
    wholeGroup: false,
    policy: {
      socialCapitalKinds: { value: ['company', 'other', 'cooperative', 'individual'], effectiveFrom: '2024-01-01', source: '单县农业农村局单农发〔2024〕3号' },
      socialCapitalCountyTierMu: policy(100),
      riskFundThresholdMu: policy(200),
      registrationSuggestYears: policy(5),
      areaToleranceMu: policy(0.01),
    },
  });
}

/** The findings one rule reports, through the runner so ruleId and severity are as the app sees them. */
export const findingsOf = (ruleId: string, facts: ContractFacts): Finding[] => runContractRules(facts).filter((f) => f.ruleId === ruleId);
