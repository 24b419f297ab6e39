import { describe, expect, it } from 'vitest';
import type { ContractDraft } from '../../../src/domain/contract/contract-draft';
import { usccCheckChar } from '../../../src/domain/contract/uscc';
import { listAudit } from '../../../src/store/audit';
import { ContractError } from '../../../src/store/contracts/contract-error';
import { contractPolicyAt, numberPatternAt, putContractSetting, policySettingKey } from '../../../src/store/contracts/contract-settings';
import { assignNumber, createDrafts, deleteDraft, getContract, listContracts, setContractStatus, statusOn, updateDraft } from '../../../src/store/contracts/contracts-repo';
import { householdsOfParcels, searchHouseholds } from '../../../src/store/contracts/households-repo';
import { createParty } from '../../../src/store/contracts/parties-repo';
import { paymentsOf, recordPayment } from '../../../src/store/contracts/payments-repo';
import { Project } from '../../../src/store/project';
import { writeProjectData } from '../../../src/store/project-data-writer';
import { smallData, tempFile } from '../fixtures';

const f17 = '93371722MA3C00001';

function setup() {
  const project = Project.create(tempFile(), { name: 't', srsId: 4527, synthetic: true }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  const party = createParty(project, { kind: 'cooperative', name: '王桥合作社', uscc: f17 + usccCheckChar(f17), collectiveMember: false }, 'tester');
  const draft: ContractDraft = {
    mode: 'lease',
    transferorHouseholdIds: [1],
    transfereePartyId: party.id,
    retransfer: null,
    agent: null,
    parcels: [1, 2].map((parcelId) => ({ parcelId, areaM2: null, boundaries: { east: '', south: '', west: '', north: '' }, remark: '' })),
    existingAssets: '',
    use: '种植粮食作物',
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
    consents: { improvements: false, facilities: false, collateral: false, retransfer: false },
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
    socialCapitalReview: null,
    collectiveLand: null,
    caretakerOnly: false,
    signedOn: null,
    signPlace: '',
    supplementary: '',
  };
  return { project, party, draft };
}

const plan = (serial: number) => `N${String(serial).padStart(4, '0')}`;
const numberIt = (project: Project, id: number) => assignNumber(project, id, '2025-01-05', 'tester', () => ({ scope: 'county=371722;year=2025', format: plan }));

describe('the contracts repository', () => {
  it('keeps a draft whole and indexes it by household and village', () => {
    const { project, draft } = setup();
    const [id] = createDrafts(project, [draft], 'tester');
    expect(getContract(project, id!)).toMatchObject({ status: 'draft', number: null, draft, createdBy: 'tester' });
    expect(listContracts(project, { householdId: 1 }).map((c) => c.id)).toEqual([id]);
    expect(listContracts(project, { villageCode: '371722104001' }).map((c) => c.id)).toEqual([id]);
    expect(listContracts(project, { villageCode: '371722104999' })).toEqual([]);
    expect(listContracts(project, { townCode: '104' })).toHaveLength(1);
    expect(listAudit(project.db, 1)[0]).toMatchObject({ action: 'create', entity: 'contract', entityId: String(id) });
    project.close();
  });

  it('never gives a number twice, even after its contract was deleted or terminated', () => {
    const { project, draft } = setup();
    const [a, b, c] = createDrafts(project, [draft, draft, draft], 'tester') as [number, number, number];
    expect(numberIt(project, a).number).toBe('N0001');
    setContractStatus(project, a, 'terminated', '2025-02-01', '乙方改变土地农业用途', 'tester');
    deleteDraft(project, b, 'tester');
    expect(numberIt(project, c).number).toBe('N0002');
    setContractStatus(project, c, 'terminated', '2025-02-02', '乙方弃耕抛荒连续两年', 'tester');
    const [d] = createDrafts(project, [draft], 'tester') as [number];
    expect(numberIt(project, d).number).toBe('N0003');
    expect(project.db.prepare(`SELECT last_serial FROM contract_number_counters`).get()).toEqual({ last_serial: 3 });
    project.close();
  });

  it('rolls the counter back when the plan refuses, so a refusal costs no number', () => {
    const { project, draft } = setup();
    const [a, b] = createDrafts(project, [draft, draft], 'tester') as [number, number];
    expect(() =>
      assignNumber(project, a, '2025-01-05', 'tester', () => {
        throw new ContractError('refused', 'LT-02');
      }),
    ).toThrow(ContractError);
    expect(getContract(project, a)!.status).toBe('draft');
    expect(numberIt(project, b).number).toBe('N0001');
    project.close();
  });

  it('refuses to edit, delete or renumber a numbered contract', () => {
    const { project, draft } = setup();
    const [id] = createDrafts(project, [draft], 'tester') as [number];
    numberIt(project, id);
    expect(() => updateDraft(project, id, { ...draft, use: '蔬菜' }, 'tester')).toThrow(/已编号/);
    expect(() => deleteDraft(project, id, 'tester')).toThrow(/已编号/);
    expect(() => numberIt(project, id)).toThrow(/已编号/);
    project.close();
  });

  it('allows only filing, taking effect and termination with a reason, in that order', () => {
    const { project, draft } = setup();
    const [id] = createDrafts(project, [draft], 'tester') as [number];
    expect(() => setContractStatus(project, id, 'filed', '2025-01-06', null, 'tester')).toThrow(/draft/);
    numberIt(project, id);
    expect(() => setContractStatus(project, id, 'active', '2025-01-06', null, 'tester')).toThrow(/可改为：filed、terminated/);
    expect(setContractStatus(project, id, 'filed', '2025-01-06', null, 'tester')).toMatchObject({ status: 'filed', filedOn: '2025-01-06' });
    expect(setContractStatus(project, id, 'active', '2025-01-07', null, 'tester')).toMatchObject({ status: 'active', activeOn: '2025-01-07' });
    expect(() => setContractStatus(project, id, 'terminated', '2025-06-01', ' ', 'tester')).toThrow(/终止原因/);
    const ended = setContractStatus(project, id, 'terminated', '2025-06-01', '撂荒两年', 'tester');
    expect(ended).toMatchObject({ status: 'terminated', terminatedOn: '2025-06-01', terminationReason: '撂荒两年', number: 'N0001' });
    project.close();
  });

  it('shows a contract in force as expired once its end date has passed', () => {
    const { project, draft } = setup();
    const [id] = createDrafts(project, [draft], 'tester') as [number];
    const numbered = numberIt(project, id);
    expect(statusOn(numbered, '2027-12-31')).toBe('numbered');
    expect(statusOn(numbered, '2028-01-01')).toBe('expired');
    project.close();
  });

  it('records rent payments with who recorded them', () => {
    const { project, draft } = setup();
    const [id] = createDrafts(project, [draft], 'tester') as [number];
    recordPayment(project, { contractId: id, householdId: 1, dueDate: '2025-01-01', amountYuan: 1800, paidOn: '2025-01-02', method: 'cash', receiptNo: 'R1' }, 'clerk');
    expect(paymentsOf(project, id)).toEqual([expect.objectContaining({ amountYuan: 1800, receiptNo: 'R1', recordedBy: 'clerk' })]);
    project.close();
  });

  it('finds households by head name, code or village and the holders of parcels', () => {
    const { project } = setup();
    expect(searchHouseholds(project, '王建国').map((h) => h.id)).toEqual([1]);
    expect(searchHouseholds(project, '王桥')[0]).toMatchObject({ villageName: '王桥村', contractEnd: '2027-12-31', parcelCount: 3 });
    expect(searchHouseholds(project, '%')).toEqual([]);
    expect(householdsOfParcels(project, [2, 1])).toEqual([{ household: expect.objectContaining({ id: 1, headName: '王建国' }), parcelIds: [2, 1] }]);
    project.close();
  });

  it('lists the parcel ids of every household found, so all its parcels can be selected at once', () => {
    const { project } = setup();
    const hits = searchHouseholds(project, '王桥');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      const held = project.db.prepare(`SELECT fid FROM parcels WHERE household_id = ? ORDER BY fid`).pluck().all(h.id);
      expect(h.parcelIds).toEqual(held);
      expect(h.parcelIds).toHaveLength(h.parcelCount);
    }
    expect(hits.find((h) => h.id === 1)?.parcelIds).toEqual([1, 2, 3]);
    project.close();
  });
});

describe('the contract settings', () => {
  it('give dated defaults with their source and take later values in an audited write', () => {
    const { project } = setup();
    expect(numberPatternAt(project.db, '2025-01-01')).toMatchObject({ value: '{county}{year}{town}{serial:4}', source: 'LandLink 默认，县农业农村局可改' });
    expect(contractPolicyAt(project.db, '2025-01-01').socialCapitalCountyTierMu).toMatchObject({
      value: 100,
      source: expect.stringMatching(/未查到山东省/),
    });
    putContractSetting(project, { key: policySettingKey('socialCapitalCountyTierMu'), value: 200, effectiveFrom: '2026-01-01', source: '单县农业农村局 2026 年 1 号文' }, 'tester');
    expect(contractPolicyAt(project.db, '2025-12-31').socialCapitalCountyTierMu.value).toBe(100);
    expect(contractPolicyAt(project.db, '2026-01-01').socialCapitalCountyTierMu).toEqual({ value: 200, effectiveFrom: '2026-01-01', source: '单县农业农村局 2026 年 1 号文' });
    expect(listAudit(project.db, 1)[0]).toMatchObject({ action: 'setting', entityId: 'contract.policy.socialCapitalCountyTierMu' });
    project.close();
  });
});
