import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openApi, type ApiService } from '../../src/api/service';
import { LANES, STEP_STATUSES } from '../../src/domain/case/case-lane';
import { stepDefinition, type StepKey } from '../../src/domain/case/step-catalogue';
import { createDrafts } from '../../src/store/contracts/contracts-repo';
import { caseProject, MORTGAGE } from '../store/cases/case-fixture';

const ctx = { actor: 'tester' };

async function call<T = any>(a: ApiService, method: string, input: unknown): Promise<T> {
  const res = await a.dispatch(method, input, ctx);
  if (!res.ok) throw Object.assign(new Error(`${method}: ${res.error.message}`), res.error);
  return res.data as T;
}

/** The small project's lease draft as an open API, plus a direct count of what the file holds. */
function setup(extra?: (p: ReturnType<typeof caseProject>) => void) {
  const fixture = caseProject();
  extra?.(fixture);
  fixture.project.close();
  const a = openApi(fixture.file, 'tester');
  return { a, id: fixture.contractId, sql: (q: string, ...args: unknown[]) => rowsOf(fixture.file, q, args) };
}

/** Reads the file through its own connection, as another program would see it. */
function rowsOf(file: string, q: string, args: unknown[]): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(q).all(...args);
  } finally {
    db.close();
  }
}
const stepOf = (view: any, key: string) => view.lanes.flatMap((l: any) => l.steps).find((s: any) => s.key === key);
const consent = { id: null, householdId: 1, kind: 'mortgage', signedOn: '2025-05-10', documentRef: '谢集农经档 1' };
/** Completing a step on `on` with every document of its list received that day and a responsible person. */
const doneWithPapers = (key: StepKey, on: string) => ({
  status: 'done',
  statusOn: on,
  responsible: '谢集镇农经站 李敏',
  checklist: stepDefinition(key).checklist.map(({ item }) => ({ item, received: true, receivedOn: on, ref: '' })),
});

describe('the cases API', () => {
  it('shows all 22 steps on reading a case without writing, and stores them with the first write and its audit row', async () => {
    const { a, id, sql } = setup();
    const view = await call(a, 'cases.get', { contractId: id });
    expect(view.lanes.map((l: any) => l.lane)).toEqual(LANES);
    expect(view.lanes.flatMap((l: any) => l.steps)).toHaveLength(22);
    expect(sql(`SELECT count(*) AS n FROM case_steps`)).toEqual([{ n: 0 }]);
    const audits = (sql(`SELECT count(*) AS n FROM audit_log`) as { n: number }[])[0]!.n;
    const after = await call(a, 'cases.steps.update', { contractId: id, key: 'transferors.identity', patch: { status: 'in_progress', responsible: '李敏' } });
    expect(stepOf(after, 'transferors.identity')).toMatchObject({ status: 'in_progress', responsible: '李敏' });
    expect(sql(`SELECT count(*) AS n FROM case_steps WHERE contract_id = ?`, id)).toEqual([{ n: 22 }]);
    expect(sql(`SELECT entity, entity_id AS entityId FROM audit_log WHERE id > ?`, audits)).toEqual([{ entity: 'case_step', entityId: `${id}:transferors.identity` }]);
    a.close();
  });

  it('numbers, files and activates the contract as the steps standing for them are completed, dated by each step', async () => {
    const { a, id, sql } = setup();
    const numbered = await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.contractReview', patch: doneWithPapers('bureau.contractReview', '2025-01-05') });
    expect(numbered.contract).toMatchObject({ status: 'numbered', number: '37172220251040001', numberedOn: '2025-01-05' });
    expect(stepOf(numbered, 'bureau.contractReview')).toMatchObject({ status: 'done', statusOn: '2025-01-05' });
    // The number and the step are one transaction: their audit rows are consecutive.
    expect(sql(`SELECT action, entity FROM audit_log ORDER BY id DESC LIMIT 2`)).toEqual([
      { action: 'update', entity: 'case_step' },
      { action: 'number', entity: 'contract' },
    ]);
    const filed = await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.filing', patch: doneWithPapers('bureau.filing', '2025-01-10') });
    expect(filed.contract).toMatchObject({ status: 'filed', filedOn: '2025-01-10' });
    const active = await call(a, 'cases.steps.update', { contractId: id, key: 'transferee.delivery', patch: doneWithPapers('transferee.delivery', '2025-01-12') });
    expect(active.contract).toMatchObject({ status: 'active', activeOn: '2025-01-12' });
    expect(await call(a, 'contracts.get', { id })).toMatchObject({ status: 'active', number: '37172220251040001' });
    // The contract only moves forward, so its step is taken back only by a correction of the contract.
    await expect(call(a, 'cases.steps.update', { contractId: id, key: 'bureau.filing', patch: { status: 'in_progress' } })).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('已备案，“向发包方备案”只能通过合同的更正备案'),
    });
    a.close();
  });

  it('refuses to number a draft with error findings through its case, leaving the contract and the case untouched', async () => {
    const { a, sql } = setup();
    const [bad] = (await call(a, 'contracts.list', {})).map((c: { id: number }) => c.id);
    await call(a, 'contracts.updateDraft', { id: bad, draft: { ...(await call(a, 'contracts.get', { id: bad })).draft, endDate: '2031-12-31' } });
    const err = await call(a, 'cases.steps.update', { contractId: bad, key: 'bureau.contractReview', patch: doneWithPapers('bureau.contractReview', '2025-01-05') }).catch((e) => e);
    expect(err).toMatchObject({ code: 'refused', issues: expect.arrayContaining([expect.objectContaining({ message: expect.stringMatching(/^LT-02/) })]) });
    expect((await call(a, 'contracts.get', { id: bad })).status).toBe('draft');
    expect(sql(`SELECT count(*) AS n FROM case_steps`)).toEqual([{ n: 0 }]);
    a.close();
  });

  it('turns the bank steps to 待办 when a mortgage is saved, keeps a 不适用 the planner set, and turns them back when it is removed', async () => {
    const { a, id } = setup();
    expect(stepOf(await call(a, 'cases.get', { contractId: id }), 'bank.application').status).toBe('not_applicable');
    await call(a, 'cases.steps.update', { contractId: id, key: 'bank.appraisal', patch: { status: 'not_applicable', note: '银行免评估' } });
    const saved = await call(a, 'cases.mortgages.save', { contractId: id, mortgage: MORTGAGE });
    expect(['bank.application', 'bank.appraisal', 'bank.contract'].map((k) => stepOf(saved, k).status)).toEqual(['todo', 'not_applicable', 'todo']);
    expect(saved.mortgages).toEqual([{ ...MORTGAGE, id: expect.any(Number) }]);
    const removed = await call(a, 'cases.records.remove', { contractId: id, kind: 'mortgage', id: saved.mortgages[0].id });
    expect(removed.mortgages).toEqual([]);
    expect(['bank.application', 'bank.appraisal'].map((k) => stepOf(removed, k).status)).toEqual(['not_applicable', 'not_applicable']);
    a.close();
  });

  it('refuses to complete a step an error gate blocks, naming the gate, and allows it once the gate is cleared', async () => {
    const { a, id } = setup();
    await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.contractReview', patch: doneWithPapers('bureau.contractReview', '2025-01-05') });
    await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.filing', patch: doneWithPapers('bureau.filing', '2025-01-10') });
    const view = await call(a, 'cases.mortgages.save', { contractId: id, mortgage: MORTGAGE });
    expect(view.gates).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'LM-02', severity: 'error', blocks: expect.arrayContaining(['bank.contract']) })]));
    await expect(call(a, 'cases.steps.update', { contractId: id, key: 'bank.contract', patch: { status: 'done' } })).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('LM-02'),
    });
    await call(a, 'cases.consents.save', { contractId: id, consent });
    const done = await call(a, 'cases.steps.update', { contractId: id, key: 'bank.contract', patch: doneWithPapers('bank.contract', '2025-06-01') });
    expect(stepOf(done, 'bank.contract')).toMatchObject({ status: 'done', statusOn: '2025-06-01' });
    a.close();
  });

  it('names the field of a record that does not fit its case, and does not find a record of another case', async () => {
    const { a, id } = setup((f) => void createDrafts(f.project, [f.draft], 'tester'));
    const failure = async (method: string, input: unknown) => ((await a.dispatch(method, input, ctx)) as { error: unknown }).error;
    expect(await failure('cases.consents.save', { contractId: id, consent: { ...consent, householdId: 99 } })).toMatchObject({ code: 'bad_input', issues: [{ path: 'consent.householdId' }] });
    expect(await failure('cases.mortgages.save', { contractId: id, mortgage: { ...MORTGAGE, parcels: [{ parcelId: 3, areaM2: 100 }] } })).toMatchObject({
      code: 'bad_input',
      issues: [{ path: 'mortgage.parcels.0.parcelId' }],
    });
    expect(await failure('cases.mortgages.save', { contractId: id, mortgage: { ...MORTGAGE, parcels: [{ parcelId: 1, areaM2: 1600 }] } })).toMatchObject({
      issues: [{ path: 'mortgage.parcels.0.areaM2' }],
    });
    expect(await failure('cases.mortgages.save', { contractId: id, mortgage: { ...MORTGAGE, maturityDate: '2025-01-01' } })).toMatchObject({
      code: 'bad_input',
      issues: [expect.objectContaining({ path: expect.stringContaining('maturityDate') })],
    });
    const saved = await call(a, 'cases.mortgages.save', { contractId: id, mortgage: MORTGAGE });
    const other = id + 1;
    expect(await failure('cases.records.remove', { contractId: other, kind: 'mortgage', id: saved.mortgages[0].id })).toMatchObject({ code: 'not_found' });
    expect(await failure('cases.mortgages.save', { contractId: other, mortgage: { ...MORTGAGE, id: saved.mortgages[0].id } })).toMatchObject({ code: 'not_found' });
    expect(await failure('cases.get', { contractId: 999 })).toMatchObject({ code: 'not_found' });
    a.close();
  });

  it('counts the board over exactly the rows each filter returns', async () => {
    const { a, id } = setup((f) => void createDrafts(f.project, [f.draft, f.draft], 'tester'));
    await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.contractReview', patch: doneWithPapers('bureau.contractReview', '2025-01-05') });
    for (const filter of [{}, { stage: 'drafting' }, { lane: { lane: 'bureau', status: 'done' } }, { town: '谢集镇' }, { town: '别的镇' }, { blockedOnly: true }]) {
      const { rows, counts } = await call(a, 'cases.board', filter);
      expect(counts.byStage.reduce((n: number, s: { cases: number }) => n + s.cases, 0)).toBe(rows.length);
      for (const s of counts.byStage) {
        const of = rows.filter((r: any) => r.stage === s.stage);
        expect([s.stage, s.cases, s.areaM2]).toEqual([s.stage, of.length, of.reduce((m: number, r: any) => m + r.areaM2, 0)]);
      }
      for (const lane of LANES) for (const status of STEP_STATUSES) expect(counts.byLane[lane][status]).toBe(rows.filter((r: any) => r.laneStatus[lane] === status).length);
      expect(counts.blocked).toBe(rows.filter((r: any) => r.blocked).length);
    }
    expect((await call(a, 'cases.board', {})).rows).toHaveLength(3);
    expect((await call(a, 'cases.board', { town: '别的镇' })).rows).toHaveLength(0);
    expect((await call(a, 'cases.board', { stage: 'drafting' })).rows.map((r: any) => r.contractId)).not.toContain(id);
    a.close();
  });

  it('merges every case’s deadlines, overdue ones first, then by date up to the window', async () => {
    const { a, id } = setup((f) => void createDrafts(f.project, [f.draft], 'tester'));
    await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.contractReview', patch: doneWithPapers('bureau.contractReview', '2025-01-05') });
    await call(a, 'cases.mortgages.save', { contractId: id, mortgage: MORTGAGE });
    const asOf = '2025-03-01';
    const list = await call<any[]>(a, 'cases.deadlines', { asOf, withinDays: 500 });
    const perCase = (await Promise.all([id, id + 1].map((c) => call(a, 'cases.get', { contractId: c, asOf })))).flatMap((v) => v.deadlines);
    const expected = perCase.filter((d) => d.overdue || (d.date >= asOf && d.date <= '2026-07-14'));
    expect(list).toHaveLength(expected.length);
    expect(list).toEqual(expect.arrayContaining(expected));
    const firstOnTime = list.findIndex((d) => !d.overdue);
    expect(list.slice(firstOnTime).every((d) => !d.overdue)).toBe(true);
    expect(list.slice(firstOnTime).map((d) => d.date)).toEqual(list.slice(firstOnTime).map((d) => d.date).sort());
    expect(list.some((d) => d.kind === 'loan_maturity' && d.date === MORTGAGE.maturityDate)).toBe(true);
    a.close();
  });

  it('keeps dated policy values and price lists, refusing an LTV cap above 100% by naming the value', async () => {
    const { a, sql } = setup();
    const policy = await call(a, 'cases.policy.put', { key: 'ltvCapByBank.单县农商行', value: 0.6, effectiveFrom: '2025-01-01', source: '农商行信贷制度 2025' });
    expect(policy.ltvCapByBank).toEqual({ 单县农商行: { value: 0.6, effectiveFrom: '2025-01-01', source: '农商行信贷制度 2025' } });
    expect((await call(a, 'cases.policy.get', { asOf: '2024-12-31' })).ltvCapByBank).toEqual({});
    await expect(call(a, 'cases.policy.put', { key: 'defaultLtvCap', value: 70, effectiveFrom: '2025-01-01', source: 'x' })).rejects.toMatchObject({ code: 'bad_input', issues: [{ path: 'value' }] });
    await expect(call(a, 'cases.policy.put', { key: 'reminderDays', value: 2.5, effectiveFrom: '2025-01-01', source: 'x' })).rejects.toMatchObject({ issues: [{ path: 'value' }] });
    const list = { coop: '单县供销社', operations: { plough: 55 }, fullPackageYuanPerMu: 420, effectiveFrom: '2025-01-01', source: '示例价目表' };
    expect(await call(a, 'cases.priceLists.put', { priceList: list })).toEqual(list);
    expect(await call(a, 'cases.priceLists.get', { asOf: '2025-06-01' })).toEqual([list]);
    expect(sql(`SELECT entity, entity_id AS entityId FROM audit_log ORDER BY id DESC LIMIT 1`)).toEqual([{ entity: 'case_price_list', entityId: '单县供销社' }]);
    a.close();
  });

  it('refuses to complete the filing with the 发包方 without its papers and a responsible person, naming them, and leaves the contract unfiled', async () => {
    const { a, id, sql } = setup();
    await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.contractReview', patch: doneWithPapers('bureau.contractReview', '2025-01-05') });
    const audits = (sql(`SELECT count(*) AS n FROM audit_log`) as { n: number }[])[0]!.n;
    const onePaper = { checklist: [{ item: '流转合同备案登记表', received: true, receivedOn: '2025-01-10', ref: '' }, { item: '合同副本', received: false, receivedOn: null, ref: '' }] };
    const err = await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.filing', patch: { status: 'done', statusOn: '2025-01-10', ...onePaper } }).catch((e) => e);
    expect(err).toMatchObject({
      code: 'refused',
      message: '不能完成“向发包方备案”：缺少材料（须登记不晚于办结日的收到日期）：合同副本；未填写经办人',
      issues: [{ path: 'patch.checklist' }, { path: 'patch.responsible' }],
    });
    expect((await call(a, 'contracts.get', { id })).status).toBe('numbered');
    expect(stepOf(await call(a, 'cases.get', { contractId: id }), 'bureau.filing')).toMatchObject({ status: 'todo', checklist: [{ received: false }, { received: false }] });
    expect(sql(`SELECT count(*) AS n FROM audit_log`)).toEqual([{ n: audits }]);
    const filed = await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.filing', patch: doneWithPapers('bureau.filing', '2025-01-10') });
    expect(filed.contract).toMatchObject({ status: 'filed', filedOn: '2025-01-10' });
    a.close();
  });

  it('takes a filing back through a recorded correction, which sets its step back to 进行中 and shows on the timeline and in the audit log', async () => {
    const { a, id, sql } = setup();
    await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.contractReview', patch: doneWithPapers('bureau.contractReview', '2025-01-05') });
    await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.filing', patch: doneWithPapers('bureau.filing', '2025-01-10') });
    const blank = await a.dispatch('contracts.correctStatus', { id, from: 'filed', reason: '  ' }, ctx);
    expect(blank).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'reason' }] } });
    const wrong = await a.dispatch('contracts.correctStatus', { id, from: 'active', reason: '未交付' }, ctx);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'refused', issues: [{ path: 'from' }] } });
    const { contract, correction } = await call(a, 'contracts.correctStatus', { id, from: 'filed', reason: '备案登记表未经发包方签章', on: '2025-01-15' });
    expect(contract).toMatchObject({ status: 'numbered', number: '37172220251040001' });
    expect(correction).toMatchObject({ kind: 'status', fromStatus: 'filed', toStatus: 'numbered', eventDateBefore: '2025-01-10', on: '2025-01-15', actor: 'tester' });
    const view = await call(a, 'cases.get', { contractId: id });
    // The papers stay with the step; the filing is to be done again.
    expect(stepOf(view, 'bureau.filing')).toMatchObject({ status: 'in_progress', statusOn: null, responsible: '谢集镇农经站 李敏', checklist: [{ received: true }, { received: true }] });
    expect(view.contract).toMatchObject({ status: 'numbered', filedOn: null });
    expect(view.timeline).toEqual(expect.arrayContaining([{ date: '2025-01-15', lane: 'bureau', done: true, text: '更正：撤回 2025-01-10 的备案，合同由已备案退回已编号（原因：备案登记表未经发包方签章；经办：tester）' }]));
    expect(sql(`SELECT action, entity, entity_id AS entityId FROM audit_log ORDER BY id DESC LIMIT 2`)).toEqual([
      { action: 'update', entity: 'case_step', entityId: `${id}:bureau.filing` },
      { action: 'correct', entity: 'contract', entityId: String(id) },
    ]);
    expect(sql(`SELECT kind, reason, actor FROM contract_corrections`)).toEqual([{ kind: 'status', reason: '备案登记表未经发包方签章', actor: 'tester' }]);
    // Filed again by completing the step again.
    const again = await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.filing', patch: { status: 'done', statusOn: '2025-01-16' } });
    expect(again.contract).toMatchObject({ status: 'filed', filedOn: '2025-01-16' });
    a.close();
  });

  it('revokes a numbering through its correction, retiring the number: the review step goes back and the renumbering takes a new number', async () => {
    const { a, id } = setup();
    await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.contractReview', patch: doneWithPapers('bureau.contractReview', '2025-01-05') });
    const { contract } = await call(a, 'contracts.revokeNumber', { id, number: '37172220251040001', reason: '合同审核意见未签署即编号', on: '2025-01-06' });
    expect(contract).toMatchObject({ status: 'draft', number: null });
    const view = await call(a, 'cases.get', { contractId: id });
    expect(stepOf(view, 'bureau.contractReview')).toMatchObject({ status: 'in_progress', statusOn: null });
    expect(view.timeline.map((e: any) => e.text)).toContain('撤销编号 37172220251040001（2025-01-05 编号），合同退回草稿（原因：合同审核意见未签署即编号；经办：tester）');
    const renumbered = await call(a, 'cases.steps.update', { contractId: id, key: 'bureau.contractReview', patch: { status: 'done', statusOn: '2025-01-07' } });
    expect(renumbered.contract).toMatchObject({ status: 'numbered', number: '37172220251040002', numberedOn: '2025-01-07' });
    a.close();
  });
});
