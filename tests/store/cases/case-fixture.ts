import type { ContractDraft } from '../../../src/domain/contract/contract-draft';
import type { Mortgage } from '../../../src/domain/case/case-records';
import { usccCheckChar } from '../../../src/domain/contract/uscc';
import { createDrafts } from '../../../src/store/contracts/contracts-repo';
import { createParty } from '../../../src/store/contracts/parties-repo';
import { Project } from '../../../src/store/project';
import { writeProjectData } from '../../../src/store/project-data-writer';
import { smallData, tempFile } from '../fixtures';

const f17 = '93371722MA3C00001';

/** The small project with a cooperative and one lease draft over parcels 1 and 2 of household 1 that passes every error rule. */
export function caseProject() {
  const file = tempFile();
  const project = Project.create(file, { name: 't', srsId: 4527, synthetic: true }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  const party = createParty(project, { kind: 'cooperative', name: '王桥粮食种植专业合作社', uscc: f17 + usccCheckChar(f17), collectiveMember: false }, 'tester');
  const fill = { east: '田间路', south: '田间路', west: '田间路', north: '田间路' };
  const draft: ContractDraft = {
    mode: 'lease',
    transferorHouseholdIds: [1],
    transfereePartyId: party.id,
    retransfer: null,
    agent: null,
    parcels: [1, 2].map((parcelId) => ({ parcelId, areaM2: 1500, boundaries: fill, remark: '' })),
    existingAssets: '无',
    use: '种植小麦、玉米等粮食作物',
    useKind: 'grain',
    nonGrainJustification: '',
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    deliveryDate: '2025-01-01',
    rent: { kind: 'cash', yuanPerMuYear: 900 },
    adjustment: null,
    payment: { mode: 'annual', dueMonthDay: '01-01', instalments: [], inAdvance: true, method: 'bank_transfer', otherText: '' },
    payeeAccount: null,
    payeeIsHousehold: true,
    consents: { improvements: false, facilities: false, collateral: true, retransfer: false },
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
    annexes: [{ item: '双方当事人身份证明（复印件）', supplied: true, pages: 2, remark: '' }],
    socialCapitalReview: { approvalNo: '谢集农经审〔2024〕9号', approvedOn: '2024-12-01', tier: 'township' },
    collectiveLand: null,
    caretakerOnly: false,
    signedOn: '2024-12-20',
    signPlace: '谢集镇农村经营管理站',
    supplementary: '',
  };
  const [contractId] = createDrafts(project, [draft], 'tester') as [number];
  return { file, project, party, draft, contractId };
}

export const MORTGAGE: Mortgage = {
  id: null,
  bank: '山东单县农村商业银行股份有限公司',
  loanNo: 'DY-001',
  amountYuan: 20000,
  annualRate: 0.0435,
  startDate: '2025-06-01',
  maturityDate: '2026-05-31',
  purpose: '',
  parcels: [{ parcelId: 1, areaM2: 1500 }],
  appraisedValueYuan: 40000,
  appraisalMethod: 'rent_times_term',
  appraiser: '',
  filedOn: '2025-05-20',
  registration: null,
  insurancePolicyNo: '',
  status: 'active',
};
