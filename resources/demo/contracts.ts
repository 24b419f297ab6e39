/**
 * Demo transfer contracts (SYNTHETIC, like the rest of the demo): three numbered contracts that pass
 * every error rule — a lease from one household, a lease from several households to a cooperative, a
 * share entry (入股) into a company — and one draft whose term runs past the households' contract end
 * (LT-02), so a new user sees each kind. Households and parcels are picked from the generated data in
 * a fixed order, so the same seed gives the same contracts.
 */
import type { ContractDraft } from '../../src/domain/contract/contract-draft';
import type { PartyKind } from '../../src/domain/contract/contract-facts';
import { usccCheckChar } from '../../src/domain/contract/uscc';
import type { ProjectData } from '../../src/domain/project-data';

export interface DemoParty {
  key: string;
  kind: PartyKind;
  name: string;
  uscc: string;
  representative: string;
  address: string;
  phone: string;
}

/** The parts of a draft the seeder resolves from the project: household and parcel ids, 四至, areas. */
export type DemoTerms = Omit<ContractDraft, 'transferorHouseholdIds' | 'transfereePartyId' | 'parcels'>;

export interface DemoContract {
  transfereeKey: string;
  householdCodes: string[];
  terms: DemoTerms;
  /** Date the township office numbers it; null leaves it a draft. */
  numberOn: string | null;
  filedOn: string | null;
  activeOn: string | null;
  /** One recorded rent payment of the first due item per household, as a receipt number prefix. */
  paidReceipt: string | null;
}

const uscc = (first17: string) => first17 + usccCheckChar(first17);

/** Registration authority 9 (market regulation): 3 = cooperative, 1 = company; 371722 = 单县. */
export const DEMO_PARTIES: readonly DemoParty[] = [
  { key: 'farm', kind: 'family_farm', name: '单县谢集镇王丰家庭农场', uscc: uscc('92371722MA3D1F0A0'), representative: '王丰', address: '山东省菏泽市单县谢集镇王桥村', phone: '13805301021' },
  { key: 'coop', kind: 'cooperative', name: '单县谢集镇王桥粮食种植专业合作社', uscc: uscc('93371722MA3C0H1B2'), representative: '王立新', address: '山东省菏泽市单县谢集镇王桥村', phone: '13805301022' },
  { key: 'company', kind: 'company', name: '单县史楼农业发展有限公司', uscc: uscc('91371722MA3E2K5C3'), representative: '史振华', address: '山东省菏泽市单县谢集镇史楼村', phone: '13805301023' },
];

const REVIEW = (no: number, on: string) => ({ approvalNo: `谢集农经审〔2025〕${no}号`, approvedOn: on, tier: 'township' as const });

const BASE: Omit<DemoTerms, 'mode' | 'rent' | 'startDate' | 'endDate' | 'deliveryDate' | 'signedOn' | 'socialCapitalReview'> = {
  retransfer: null,
  agent: null,
  existingAssets: '无',
  use: '种植小麦、玉米等粮食作物',
  useKind: 'grain',
  nonGrainJustification: '',
  adjustment: { everyYears: 3, method: '参照谢集镇土地流转价格水平协商调整' },
  payment: { mode: 'annual', dueMonthDay: '10-01', instalments: [], inAdvance: true, method: 'bank_transfer', otherText: '' },
  payeeAccount: null,
  payeeIsHousehold: true,
  consents: { improvements: true, facilities: false, collateral: false, retransfer: false },
  subsidiesTo: 'transferor',
  subsidiesText: '耕地地力保护补贴归甲方',
  riskFund: null,
  compensation: { fixtures: 'transferee', crops: 'transferee' },
  facilitiesAtExpiry: 'restore',
  filingDays: 30,
  renewalNoticeDays: 90,
  returnDays: 30,
  penalties: { lateDeliveryPer10k: 5, lateDeliveryTerminateDays: 30, lateRentPer10k: 5, lateRentTerminateDays: 60, lateReturnPer10k: 5 },
  disputes: 'arbitration',
  copies: 4,
  annexes: [
    { item: '双方当事人身份证明（复印件）', supplied: true, pages: 2, remark: '' },
    { item: '出租土地权属证明', supplied: true, pages: 1, remark: '' },
    { item: '四至附图', supplied: true, pages: 1, remark: '' },
  ],
  collectiveLand: null,
  caretakerOnly: false,
  signPlace: '谢集镇农村经营管理站',
  supplementary: '',
};

/** The two leases whose operators take management-right mortgage loans in the demo cases (resources/demo/cases.ts). */
const MORTGAGEABLE = { ...BASE.consents, collateral: true };

/** Households of a village with parcels, in code order. */
function householdsWithParcels(data: ProjectData, villageName: string): string[] {
  const village = data.villages.find((v) => v.name === villageName)!;
  const holding = new Set(data.parcels.map((p) => p.householdCode));
  return data.households.filter((h) => h.villageCode === village.code && holding.has(h.code)).map((h) => h.code).sort();
}

export function demoContracts(data: ProjectData): DemoContract[] {
  const wang = householdsWithParcels(data, '王桥村');
  const shi = householdsWithParcels(data, '史楼村');
  const lease = { startDate: '2025-03-01', endDate: '2027-12-31', deliveryDate: '2025-03-01', signedOn: '2025-02-25' };
  return [
    {
      transfereeKey: 'farm',
      householdCodes: [wang[0]!],
      terms: { ...BASE, ...lease, mode: 'lease', rent: { kind: 'cash', yuanPerMuYear: 900 }, socialCapitalReview: REVIEW(1, '2025-02-10'), consents: MORTGAGEABLE },
      numberOn: '2025-03-05',
      filedOn: '2025-03-10',
      activeOn: '2025-03-10',
      paidReceipt: 'WQ2025-',
    },
    {
      transfereeKey: 'coop',
      householdCodes: wang.slice(1, 5),
      terms: { ...BASE, ...lease, mode: 'lease', rent: { kind: 'cash', yuanPerMuYear: 850 }, socialCapitalReview: REVIEW(2, '2025-02-12'), consents: MORTGAGEABLE },
      numberOn: '2025-03-06',
      filedOn: null,
      activeOn: null,
      paidReceipt: null,
    },
    {
      transfereeKey: 'company',
      householdCodes: shi.slice(0, 3),
      terms: {
        ...BASE,
        mode: 'share',
        startDate: '2025-04-01',
        endDate: '2028-09-30',
        deliveryDate: '2025-04-01',
        signedOn: '2025-03-28',
        rent: { kind: 'share', scheme: 'guaranteed_plus_dividend', guaranteedYuanPerMuYear: 800, contributionYuan: null, shares: 100, dissolutionReturnsLand: true, preferredShares: true },
        socialCapitalReview: REVIEW(3, '2025-03-15'),
      },
      numberOn: '2025-04-03',
      filedOn: null,
      activeOn: null,
      paidReceipt: null,
    },
    {
      // Ten years from 2026 runs past 史楼村's second-round end (2028-09-30): LT-02 keeps it a draft.
      transfereeKey: 'coop',
      householdCodes: [shi[3]!],
      terms: { ...BASE, mode: 'lease', startDate: '2026-10-01', endDate: '2036-09-30', deliveryDate: '2026-10-01', signedOn: null, rent: { kind: 'cash', yuanPerMuYear: 900 }, socialCapitalReview: REVIEW(4, '2026-09-15') },
      numberOn: null,
      filedOn: null,
      activeOn: null,
      paidReceipt: null,
    },
  ];
}
