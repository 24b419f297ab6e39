import type { ContractDraft } from '../../../src/domain/contract/contract-draft';
import { usccCheckChar } from '../../../src/domain/contract/uscc';
import { createParty } from '../../../src/store/contracts/parties-repo';
import type { Project } from '../../../src/store/project';

const f17 = '93371722MA3C00001';

/** A cooperative and a grain lease of `parcelIds` of household 1 of the small project, passing every error rule. */
export function leaseDraft(project: Project, parcelIds: number[], term = { startDate: '2025-01-01', endDate: '2027-12-31' }): ContractDraft {
  const party = createParty(project, { kind: 'cooperative', name: '王桥粮食种植专业合作社', uscc: f17 + usccCheckChar(f17), collectiveMember: false }, 'tester');
  const fill = { east: '田间路', south: '田间路', west: '田间路', north: '田间路' };
  return {
    mode: 'lease',
    transferorHouseholdIds: [1],
    transfereePartyId: party.id,
    retransfer: null,
    agent: null,
    parcels: parcelIds.map((parcelId) => ({ parcelId, areaM2: null, boundaries: fill, remark: '' })),
    existingAssets: '无',
    use: '种植小麦、玉米等粮食作物',
    useKind: 'grain',
    nonGrainJustification: '',
    ...term,
    deliveryDate: term.startDate,
    rent: { kind: 'cash', yuanPerMuYear: 900 },
    adjustment: null,
    payment: { mode: 'annual', dueMonthDay: '01-01', instalments: [], inAdvance: true, method: 'bank_transfer', otherText: '' },
    payeeAccount: null,
    payeeIsHousehold: true,
    consents: { improvements: false, facilities: false, collateral: false, retransfer: true },
    subsidiesTo: 'transferor',
    subsidiesText: '',
    riskFund: null,
    compensation: { fixtures: 'transferee', crops: 'transferee' },
    facilitiesAtExpiry: 'restore',
    filingDays: 30,
    renewalNoticeDays: 90,
    returnDays: 30,
    penalties: { lateDeliveryPer10k: 5, lateDeliveryTerminateDays: 30, lateRentPer10k: 5, lateRentTerminateDays: 60, lateReturnPer10k: 5 },
    disputes: 'arbitration',
    copies: 4,
    annexes: [],
    socialCapitalReview: { approvalNo: '谢集农经审〔2024〕9号', approvedOn: '2024-12-01', tier: 'township' },
    collectiveLand: null,
    caretakerOnly: false,
    signedOn: '2024-12-20',
    signPlace: '谢集镇农村经营管理站',
    supplementary: '',
  };
}

/** Numbers a contract under a plain test pattern. */
export const simplePlan = () => ({ scope: 'county=371722;year=2025', format: (serial: number) => `N${String(serial).padStart(4, '0')}` });
