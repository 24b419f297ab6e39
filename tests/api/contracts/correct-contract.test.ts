import { describe, expect, it } from 'vitest';
import { openApi, type ApiService } from '../../../src/api/service';
import { caseProject } from '../../store/cases/case-fixture';

const ctx = { actor: '李敏' };

async function call<T = any>(a: ApiService, method: string, input: unknown): Promise<T> {
  const res = await a.dispatch(method, input, ctx);
  if (!res.ok) throw Object.assign(new Error(`${method}: ${res.error.message}`), res.error);
  return res.data as T;
}

/** The small project's lease draft (passes every error rule), behind an open API. */
function setup() {
  const { file, project, contractId } = caseProject();
  project.close();
  return { a: openApi(file, 'tester'), id: contractId };
}

describe('recorded corrections through the API', () => {
  it('previews the number numbering will give, and numbering gives exactly it', async () => {
    const { a, id } = setup();
    expect(await call(a, 'contracts.numberPreview', { id, on: '2025-01-05' })).toEqual({ number: '37172220251040001', on: '2025-01-05' });
    expect(await call(a, 'contracts.numberPreview', { id, on: '2025-01-05' })).toEqual({ number: '37172220251040001', on: '2025-01-05' });
    expect((await call(a, 'contracts.number', { id, on: '2025-01-05' })).number).toBe('37172220251040001');
    expect(await a.dispatch('contracts.numberPreview', { id }, ctx)).toMatchObject({ ok: false, error: { code: 'refused', issues: [{ path: 'id' }] } });
    a.close();
  });

  it('lists numbered, revoked and renumbered in the contract’s history, and never hands the revoked number out again', async () => {
    const { a, id } = setup();
    await call(a, 'contracts.number', { id, on: '2025-01-05' });
    const revoked = await call(a, 'contracts.revokeNumber', { id, number: '37172220251040001', reason: '编号时地块表未核对', on: '2025-01-06' });
    expect(revoked.contract).toMatchObject({ id, status: 'draft', number: null });
    expect(revoked.correction).toMatchObject({ kind: 'revoke_number', numberRevoked: '37172220251040001', actor: '李敏', reason: '编号时地块表未核对' });
    expect(await call(a, 'contracts.numberPreview', { id, on: '2025-01-07' })).toEqual({ number: '37172220251040002', on: '2025-01-07' });
    await call(a, 'contracts.number', { id, on: '2025-01-07' });
    const history = await call<any[]>(a, 'contracts.history', { id });
    expect(history.map((e) => (e.kind === 'event' ? [e.date, e.event, e.number, e.undone] : [e.date, e.correction.kind, e.correction.numberRevoked]))).toEqual([
      ['2025-01-05', 'numbered', '37172220251040001', true],
      ['2025-01-06', 'revoke_number', '37172220251040001'],
      ['2025-01-07', 'numbered', '37172220251040002', false],
    ]);
    a.close();
  });

  it('refuses a revocation without a reason, of a filed contract, or of a contract that is not numbered, changing nothing', async () => {
    const { a, id } = setup();
    const failure = async (method: string, input: unknown) => ((await a.dispatch(method, input, ctx)) as { error: unknown }).error;
    expect(await failure('contracts.revokeNumber', { id, number: 'x', reason: '编号有误' })).toMatchObject({ code: 'refused', issues: [{ path: 'id', message: expect.stringContaining('尚未编号') }] });
    await call(a, 'contracts.number', { id, on: '2025-01-05' });
    expect(await failure('contracts.revokeNumber', { id, number: '37172220251040001' })).toMatchObject({ code: 'bad_input', issues: [{ path: 'reason' }] });
    expect(await failure('contracts.revokeNumber', { id, number: '37172220251040001', reason: '' })).toMatchObject({ code: 'bad_input', issues: [{ path: 'reason' }] });
    await call(a, 'contracts.setStatus', { id, status: 'filed', date: '2025-01-10' });
    expect(await failure('contracts.revokeNumber', { id, number: '37172220251040001', reason: '编号有误' })).toMatchObject({ code: 'refused', issues: [{ path: 'id' }] });
    expect(await failure('contracts.correctDate', { id, event: 'filed', date: '2025-01-04', reason: '日期笔误' })).toMatchObject({ code: 'bad_input', issues: [{ path: 'date' }] });
    expect(await call(a, 'contracts.get', { id })).toMatchObject({ status: 'filed', number: '37172220251040001' });
    expect(await call(a, 'contracts.history', { id })).toHaveLength(2);
    a.close();
  });

  it('corrects a wrong filing date, and keeps a contract whose number was revoked from being deleted', async () => {
    const { a, id } = setup();
    await call(a, 'contracts.number', { id, on: '2025-01-05' });
    await call(a, 'contracts.setStatus', { id, status: 'filed', date: '2025-01-10' });
    const { contract, correction } = await call(a, 'contracts.correctDate', { id, event: 'filed', date: '2025-01-08', reason: '备案登记表所载日期为 1 月 8 日' });
    expect(contract).toMatchObject({ status: 'filed' });
    expect(correction).toMatchObject({ kind: 'date', eventDateBefore: '2025-01-10', eventDateAfter: '2025-01-08', on: '2026-11-30' });
    expect((await call(a, 'cases.get', { contractId: id })).contract.filedOn).toBe('2025-01-08');
    await call(a, 'contracts.correctStatus', { id, from: 'filed', reason: '发包方未签章' });
    await call(a, 'contracts.revokeNumber', { id, number: '37172220251040001', reason: '需按新的村组重新编号' });
    expect(await a.dispatch('contracts.deleteDraft', { id }, ctx)).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('曾编号为 37172220251040001') } });
    expect((await call(a, 'contracts.get', { id })).status).toBe('draft');
    a.close();
  });
});
