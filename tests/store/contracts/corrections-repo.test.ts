import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/store/audit';
import { assignNumber, getContract, setContractStatus } from '../../../src/store/contracts/contracts-repo';
import { correctDateIn, correctionsOf, correctStatusIn, refuseDeletingCorrected, revokeNumberIn, type CorrectionBy } from '../../../src/store/contracts/corrections-repo';
import type { Project } from '../../../src/store/project';
import { caseProject } from '../cases/case-fixture';

/**
 * Recorded corrections (Measures for the Administration of Transfer of Rural Land Management Rights,
 * Art. 22–24: the township office numbers, files and keeps the contracts and their ledger, so a mistake
 * is corrected on the record, never erased).
 */

const TODAY = '2026-11-30';
const by = (reason = '编号时误选了村组', on = '2025-01-08'): CorrectionBy => ({ on, reason, actor: '李敏', today: TODAY });
const plan = (scope = 'county=371722;year=2025') => () => ({ scope, format: (serial: number) => `N${String(serial).padStart(4, '0')}` });
const numberIt = (project: Project, id: number, scope?: string) => assignNumber(project, id, '2025-01-05', 'tester', plan(scope));
const write = <T>(project: Project, fn: Parameters<Project['write']>[1]) => project.write('tester', fn) as T;
/** The error a write throws; fails the test when it does not throw. */
function refused(project: Project, fn: Parameters<Project['write']>[1]): unknown {
  try {
    write(project, fn);
  } catch (err) {
    return err;
  }
  throw new Error('not refused');
}

describe('recorded corrections of contracts', () => {
  it('revokes a numbering made in error: the contract returns to draft and the number is never handed out again', () => {
    const { project, contractId } = caseProject();
    expect(numberIt(project, contractId).number).toBe('N0001');
    const c = write<ReturnType<typeof revokeNumberIn>>(project, (s) => revokeNumberIn(s, project, contractId, 'N0001', by()));
    expect(c).toMatchObject({ kind: 'revoke_number', fromStatus: 'numbered', toStatus: 'draft', numberRevoked: 'N0001', eventDateBefore: '2025-01-05', on: '2025-01-08', actor: '李敏' });
    expect(getContract(project, contractId)).toMatchObject({ status: 'draft', number: null, numberedAt: null });
    // The counter only goes up: the renumbering gets the next number.
    expect(numberIt(project, contractId).number).toBe('N0002');
    // Even a counter of another scope that would format the same number passes over the retired one.
    write(project, (s) => revokeNumberIn(s, project, contractId, 'N0002', by('复核发现地块有误', '2025-01-09')));
    expect(numberIt(project, contractId, 'another-scope').number).toBe('N0003');
    expect(correctionsOf(project.db, contractId).map((r) => r.numberRevoked)).toEqual(['N0001', 'N0002']);
    project.close();
  });

  it('writes the correction, the contract change and its audit row in one transaction, and a refusal leaves all three untouched', () => {
    const { project, contractId } = caseProject();
    numberIt(project, contractId);
    write(project, (s) => revokeNumberIn(s, project, contractId, 'N0001', by()));
    expect(listAudit(project.db, 1)[0]).toMatchObject({ action: 'correct', entity: 'contract', entityId: String(contractId), before: { status: 'numbered', number: 'N0001' }, after: { status: 'draft', number: null } });
    numberIt(project, contractId);
    const audits = listAudit(project.db, 1000).length;
    // A write that fails after the contract row was changed rolls back whole.
    expect(() => write(project, (s) => (revokeNumberIn(s, project, contractId, 'N0002', by()), s.db.exec(`INSERT INTO contract_corrections DEFAULT VALUES`)))).toThrow();
    expect(getContract(project, contractId)).toMatchObject({ status: 'numbered', number: 'N0002' });
    expect(correctionsOf(project.db, contractId)).toHaveLength(1);
    expect(listAudit(project.db, 1000)).toHaveLength(audits);
    project.close();
  });

  it('refuses a revocation without a reason, of another number, of a filed contract, or dated ahead of today, naming the field', () => {
    const { project, contractId } = caseProject();
    numberIt(project, contractId);
    expect(refused(project, (s) => revokeNumberIn(s, project, contractId, 'N0001', by('   ')))).toMatchObject({ code: 'bad_input', issues: [{ path: 'reason' }] });
    expect(refused(project, (s) => revokeNumberIn(s, project, contractId, 'N0009', by()))).toMatchObject({ code: 'conflict', issues: [{ path: 'number' }] });
    expect(refused(project, (s) => revokeNumberIn(s, project, contractId, 'N0001', by('x', '2026-12-01')))).toMatchObject({ issues: [{ path: 'on' }] });
    expect(refused(project, (s) => revokeNumberIn(s, project, contractId, 'N0001', by('x', '2025-01-04')))).toMatchObject({ issues: [{ path: 'on' }] });
    setContractStatus(project, contractId, 'filed', '2025-01-10', null, 'tester');
    expect(refused(project, (s) => revokeNumberIn(s, project, contractId, 'N0001', by()))).toMatchObject({ code: 'refused', message: expect.stringContaining('须先更正备案'), issues: [{ path: 'id' }] });
    expect(getContract(project, contractId)).toMatchObject({ status: 'filed', number: 'N0001' });
    expect(correctionsOf(project.db, contractId)).toEqual([]);
    project.close();
  });

  it('takes a filing, taking effect or termination back to the status before, its date following', () => {
    const { project, contractId } = caseProject();
    numberIt(project, contractId);
    setContractStatus(project, contractId, 'filed', '2025-01-10', null, 'tester');
    setContractStatus(project, contractId, 'active', '2025-01-12', null, 'tester');
    setContractStatus(project, contractId, 'terminated', '2025-06-01', '乙方擅自改变土地农业用途', 'tester');
    const t = write<ReturnType<typeof correctStatusIn>>(project, (s) => correctStatusIn(s, project, contractId, 'terminated', by('终止通知未送达，终止不成立', '2025-06-03')));
    expect(t).toMatchObject({ kind: 'status', fromStatus: 'terminated', toStatus: 'active', event: 'terminated', eventDateBefore: '2025-06-01', eventDateAfter: null });
    expect(getContract(project, contractId)).toMatchObject({ status: 'active', terminatedOn: null, terminationReason: null, activeOn: '2025-01-12' });
    write(project, (s) => correctStatusIn(s, project, contractId, 'active', by('土地尚未交付', '2025-06-03')));
    expect(getContract(project, contractId)).toMatchObject({ status: 'filed', activeOn: null, filedOn: '2025-01-10' });
    write(project, (s) => correctStatusIn(s, project, contractId, 'filed', by('备案登记表未签章', '2025-06-03')));
    expect(getContract(project, contractId)).toMatchObject({ status: 'numbered', filedOn: null, number: 'N0001' });
    // It may be filed again, on the right day.
    expect(setContractStatus(project, contractId, 'filed', '2025-06-05', null, 'tester')).toMatchObject({ status: 'filed', filedOn: '2025-06-05' });
    project.close();
  });

  it('refuses to correct a status the contract is not in, naming the field', () => {
    const { project, contractId } = caseProject();
    numberIt(project, contractId);
    expect(refused(project, (s) => correctStatusIn(s, project, contractId, 'filed', by()))).toMatchObject({ code: 'refused', issues: [{ path: 'from', message: expect.stringContaining('当前为已编号，不是已备案') }] });
    expect(correctionsOf(project.db, contractId)).toEqual([]);
    project.close();
  });

  it('corrects a wrong date, kept in order with the events before and after it', () => {
    const { project, contractId } = caseProject();
    numberIt(project, contractId);
    setContractStatus(project, contractId, 'filed', '2025-01-10', null, 'tester');
    setContractStatus(project, contractId, 'active', '2025-01-12', null, 'tester');
    expect(refused(project, (s) => correctDateIn(s, project, contractId, 'filed', '2025-01-13', by()))).toMatchObject({ issues: [{ path: 'date', message: expect.stringContaining('晚于此后事项的日期 2025-01-12') }] });
    expect(refused(project, (s) => correctDateIn(s, project, contractId, 'filed', '2025-01-04', by()))).toMatchObject({ issues: [{ path: 'date' }] });
    expect(refused(project, (s) => correctDateIn(s, project, contractId, 'terminated', '2025-01-20', by()))).toMatchObject({ issues: [{ path: 'event' }] });
    expect(refused(project, (s) => correctDateIn(s, project, contractId, 'numbered', '2024-12-31', by()))).toMatchObject({ issues: [{ path: 'date', message: expect.stringContaining('撤销编号后重新编号') }] });
    const c = write<ReturnType<typeof correctDateIn>>(project, (s) => correctDateIn(s, project, contractId, 'filed', '2025-01-08', by('备案登记表上的日期为 1 月 8 日', '2025-01-20')));
    expect(c).toMatchObject({ kind: 'date', fromStatus: 'active', toStatus: 'active', eventDateBefore: '2025-01-10', eventDateAfter: '2025-01-08' });
    expect(getContract(project, contractId)).toMatchObject({ status: 'active', filedOn: '2025-01-08' });
    project.close();
  });

  it('keeps a correction for good and a revoked number off every contract, whatever writes to the table', () => {
    const { project, contractId } = caseProject();
    numberIt(project, contractId);
    write(project, (s) => revokeNumberIn(s, project, contractId, 'N0001', by()));
    expect(() => project.db.prepare(`UPDATE contract_corrections SET reason = 'x'`).run()).toThrow(/never changed/);
    expect(() => project.db.prepare(`DELETE FROM contract_corrections`).run()).toThrow(/never deleted/);
    expect(() => project.db.prepare(`UPDATE contracts SET status = 'numbered', number = 'N0001' WHERE id = ?`).run(contractId)).toThrow(/retired/);
    expect(() => project.db.prepare(`DELETE FROM contracts WHERE id = ?`).run(contractId)).toThrow(/FOREIGN KEY/);
    expect(() => refuseDeletingCorrected(project.db, contractId)).toThrow(expect.objectContaining({ code: 'refused', message: expect.stringContaining('N0001') }));
    project.close();
  });
});
