import { describe, expect, it } from 'vitest';
import type { Insurance, Trusteeship } from '../../../src/domain/case/case-records';
import { listRecords, removeRecord, saveRecord } from '../../../src/store/cases/case-records-repo';
import { ContractError } from '../../../src/store/contracts/contract-error';
import { createDrafts, deleteDraft } from '../../../src/store/contracts/contracts-repo';
import { caseProject, MORTGAGE } from './case-fixture';

const INSURANCE: Insurance = {
  id: null,
  insurer: '中华联合财产保险股份有限公司单县支公司',
  product: 'full_cost',
  crop: '小麦',
  insuredM2: 3000,
  sumInsuredYuanPerMu: 950,
  premiumRate: 0.06,
  premiumSplit: { central: 0.45, provincial: 0.25, county: 0.1, farmer: 0.2 },
  policyNo: 'P-1',
  startDate: '2025-10-10',
  endDate: '2026-06-30',
  beneficiary: '',
};

const TRUSTEESHIP: Trusteeship = {
  id: null,
  coop: '单县供销合作社联合社',
  client: '王桥粮食种植专业合作社',
  mode: 'partial',
  crop: '小麦',
  areaM2: 3000,
  operations: ['plough', 'harvest'],
  feeYuanPerMu: 120,
  payment: { kind: 'deposit_then_balance', depositShare: 0.3, balanceDays: 15 },
  startDate: '2025-10-01',
  endDate: '2026-06-30',
  guaranteedYieldKgPerMu: null,
  shortfallYuanPerKg: null,
  lateFeeDailyRate: 0.0005,
  signedOn: '2025-09-25',
};

const NOW = '2026-01-05T02:00:00.000Z';

const write = <T>(project: ReturnType<typeof caseProject>['project'], fn: (db: ReturnType<typeof caseProject>['project']['db']) => T): T =>
  project.write('tester', ({ db, audit }) => {
    audit({ action: 'test', entity: 'case', entityId: null });
    return fn(db);
  });

describe('the case records repository', () => {
  it('gives back every kind of record exactly as saved, with the id it assigned', () => {
    const { project, contractId } = caseProject();
    const ids = write(project, (db) => ({
      mortgage: saveRecord(db, NOW, 'mortgage', contractId, MORTGAGE),
      insurance: saveRecord(db, NOW, 'insurance', contractId, INSURANCE),
      trusteeship: saveRecord(db, NOW, 'trusteeship', contractId, TRUSTEESHIP),
      consent: saveRecord(db, NOW, 'consent', contractId, { id: null, householdId: 1, kind: 'mortgage', signedOn: '2025-05-10', documentRef: '档 1' }),
    }));
    expect(listRecords(project.db, 'mortgage', contractId)).toEqual([{ ...MORTGAGE, id: ids.mortgage }]);
    expect(listRecords(project.db, 'insurance', contractId)).toEqual([{ ...INSURANCE, id: ids.insurance }]);
    expect(listRecords(project.db, 'trusteeship', contractId)).toEqual([{ ...TRUSTEESHIP, id: ids.trusteeship }]);
    expect(listRecords(project.db, 'consent', contractId)).toEqual([{ id: ids.consent, householdId: 1, kind: 'mortgage', signedOn: '2025-05-10', documentRef: '档 1' }]);
    expect(project.db.prepare(`SELECT bank, loan_no, maturity_date FROM case_mortgages`).get()).toEqual({ bank: MORTGAGE.bank, loan_no: 'DY-001', maturity_date: '2026-05-31' });
    project.close();
  });

  it('replaces a record saved again by id, and refuses an id of another case as not found', () => {
    const { project, contractId, draft } = caseProject();
    const [other] = createDrafts(project, [draft], 'tester') as [number];
    const id = write(project, (db) => saveRecord(db, NOW, 'mortgage', contractId, MORTGAGE));
    write(project, (db) => saveRecord(db, NOW, 'mortgage', contractId, { ...MORTGAGE, id, status: 'repaid' }));
    expect(listRecords(project.db, 'mortgage', contractId).map((m) => [m.id, m.status])).toEqual([[id, 'repaid']]);
    expect(() => write(project, (db) => saveRecord(db, NOW, 'mortgage', other, { ...MORTGAGE, id }))).toThrow(ContractError);
    expect(() => write(project, (db) => removeRecord(db, 'mortgage', other, id))).toThrow(/没有编号为/);
    expect(listRecords(project.db, 'mortgage', contractId)).toHaveLength(1);
    project.close();
  });

  it('keeps one consent per household and kind, refusing a second as a conflict on the household', () => {
    const { project, contractId } = caseProject();
    const consent = { id: null, householdId: 1, kind: 'mortgage' as const, signedOn: '2025-05-10', documentRef: '档 1' };
    write(project, (db) => saveRecord(db, NOW, 'consent', contractId, consent));
    expect(() => write(project, (db) => saveRecord(db, NOW, 'consent', contractId, consent))).toThrow(
      expect.objectContaining({ code: 'conflict', issues: [expect.objectContaining({ path: 'consent.householdId' })] }),
    );
    write(project, (db) => saveRecord(db, NOW, 'consent', contractId, { ...consent, kind: 'retransfer' }));
    expect(listRecords(project.db, 'consent', contractId)).toHaveLength(2);
    project.close();
  });

  it('goes with its contract when the draft is deleted', () => {
    const { project, contractId } = caseProject();
    write(project, (db) => saveRecord(db, NOW, 'mortgage', contractId, MORTGAGE));
    deleteDraft(project, contractId, 'tester');
    expect(project.db.prepare(`SELECT count(*) FROM case_mortgages`).pluck().get()).toBe(0);
    project.close();
  });
});
