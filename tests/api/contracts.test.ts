import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createDemoProject, readProjectInfo } from '../../src/api/project-files';
import { openApi, type ApiService } from '../../src/api/service';
import { usccCheckChar } from '../../src/domain/contract/uscc';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { smallData, tempFile } from '../store/fixtures';

const ctx = { actor: 'tester' };
const f17 = '93371722MA3C00001';
const USCC = f17 + usccCheckChar(f17);

async function call<T = any>(a: ApiService, method: string, input: unknown): Promise<T> {
  const res = await a.dispatch(method, input, ctx);
  if (!res.ok) throw new Error(`${method}: ${res.error.message} ${JSON.stringify(res.error.issues)}`);
  return res.data as T;
}

function smallApi() {
  const file = tempFile();
  const project = Project.create(file, { name: 't', srsId: 4527, synthetic: true }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  project.close();
  return openApi(file, 'tester');
}

/** A draft for the small project's three parcels that passes every error rule. */
async function cleanDraft(a: ApiService) {
  const party = await call(a, 'parties.create', { kind: 'cooperative', name: '王桥粮食种植专业合作社', uscc: USCC, representative: '王立新' });
  const draft = await call(a, 'contracts.defaults', { parcelIds: [1, 2, 3], transfereePartyId: party.id });
  // The small project has no neighbours on some sides; the planner types them in.
  const fill = (b: Record<string, string>) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v || '田间路']));
  const parcels = draft.parcels.map((p: { boundaries: Record<string, string> }) => ({ ...p, boundaries: fill(p.boundaries) }));
  return { ...draft, parcels, startDate: '2025-01-01', deliveryDate: '2025-01-01', endDate: '2027-12-31', socialCapitalReview: { approvalNo: '谢集农经审〔2024〕9号', approvedOn: '2024-12-01', tier: 'township' } };
}

const ogrinfo = (() => {
  try {
    execFileSync('ogrinfo', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe('the contracts API', () => {
  it('refuses a party whose USCC or ID number fails its checksum, naming the field', async () => {
    const a = smallApi();
    expect(await a.dispatch('parties.create', { kind: 'company', name: '某公司', uscc: `${f17}X` }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'bad_input', issues: [{ path: 'uscc', message: expect.stringMatching(/GB 32100/) }] },
    });
    expect(await a.dispatch('parties.create', { kind: 'individual', name: '张三', idNumber: '371722196503120010' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'bad_input', issues: [{ path: 'idNumber' }] },
    });
    expect(await a.dispatch('parties.create', { kind: 'company', name: '某公司' }, ctx)).toMatchObject({ ok: false, error: { issues: [{ path: 'uscc' }] } });
    const party = await call(a, 'parties.create', { kind: 'cooperative', name: '合作社', uscc: USCC.toLowerCase() });
    expect(party).toMatchObject({ uscc: USCC, collectiveMember: false });
    expect(await call(a, 'parties.list', { kind: 'cooperative' })).toEqual([party]);
    a.close();
  });

  it('proposes a complete draft: holders as 甲方, term capped at the contract end, rent from the dated default', async () => {
    const a = smallApi();
    const draft = await call(a, 'contracts.defaults', { parcelIds: [1, 2] });
    const today = new Date().toISOString().slice(0, 10);
    expect(draft).toMatchObject({ transferorHouseholdIds: [1], transfereePartyId: null, startDate: today, rent: { kind: 'cash', yuanPerMuYear: 900 }, filingDays: 30 });
    expect(draft.endDate <= '2027-12-31').toBe(true);
    expect(draft.parcels[0].boundaries.east).toBe('王建国地');
    const { areas } = await call(a, 'parcels.get', { id: 1 });
    expect(draft.parcels[0].areaM2).toBe(Math.min(areas.registeredM2, areas.ellipsoidM2));
    expect(draft.annexes.map((x: { item: string }) => x.item)).toContain('四至附图');
    expect(await a.dispatch('contracts.defaults', { parcelIds: [99] }, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    a.close();
  });

  it('saves a draft with an error, refuses to number it naming the rule, and numbers it once fixed', async () => {
    const a = smallApi();
    const draft = await cleanDraft(a);
    const saved = await call(a, 'contracts.createDraft', { draft: { ...draft, endDate: '2035-12-31' } });
    expect(saved.findings).toContainEqual(expect.objectContaining({ ruleId: 'LT-02', severity: 'error', path: 'endDate' }));
    const refused = await a.dispatch('contracts.number', { id: saved.id, on: '2025-01-10' }, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/LT-02/), issues: expect.arrayContaining([expect.objectContaining({ path: 'draft.endDate' })]) } });
    expect((await call(a, 'contracts.check', { draft })).findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    await call(a, 'contracts.updateDraft', { id: saved.id, draft });
    const numbered = await call(a, 'contracts.number', { id: saved.id, on: '2025-01-10' });
    expect(numbered).toMatchObject({ number: '37172220251040001', status: 'numbered', households: 1 });
    expect(await a.dispatch('contracts.updateDraft', { id: saved.id, draft }, ctx)).toMatchObject({ ok: false, error: { code: 'refused' } });
    a.close();
  });

  it('numbers under the county pattern in force on the numbering day and lets a signed extension lift LT-02', async () => {
    const a = smallApi();
    const draft = await cleanDraft(a);
    expect(await a.dispatch('contracts.putSetting', { key: 'numberPattern', value: '{county}{year}', effectiveFrom: '2025-01-01', source: 's' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'bad_input', issues: [{ path: 'value' }] },
    });
    await call(a, 'contracts.putSetting', { key: 'numberPattern', value: '单县流转〔{year}〕{serial:3}号', effectiveFrom: '2025-06-01', source: '单县农业农村局' });
    const late = { ...draft, endDate: '2040-12-31' };
    const saved = await call(a, 'contracts.createDraft', { draft: late });
    expect(await a.dispatch('contracts.number', { id: saved.id, on: '2025-06-02' }, ctx)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/LT-02/) } });
    await call(a, 'contracts.putSetting', { key: 'extendedEnd', villageCode: '371722104001', value: '2057-12-31', effectiveFrom: '2025-01-01', source: '王桥村延包试点 2025' });
    const settings = await call(a, 'contracts.settings', { asOf: '2025-06-02' });
    expect(settings.villages).toEqual([{ code: '371722104001', name: '王桥村', secondRoundEnd: '2027-12-31', extendedEnd: '2057-12-31' }]);
    expect(settings.numberPattern).toMatchObject({ value: '单县流转〔{year}〕{serial:3}号', effectiveFrom: '2025-06-01' });
    expect((await call(a, 'contracts.number', { id: saved.id, on: '2025-06-02' })).number).toBe('单县流转〔2025〕001号');
    // The same parcels again: only once the first transfer has ended (LT-21).
    await call(a, 'contracts.setStatus', { id: saved.id, status: 'terminated', date: '2025-06-03', reason: '乙方改变土地农业用途' });
    const other = await call(a, 'contracts.createDraft', { draft });
    expect((await call(a, 'contracts.number', { id: other.id, on: '2025-05-31' })).number).toBe('37172220251040001');
    expect(await a.dispatch('contracts.createDraft', { draft: { ...draft, transferorHouseholdIds: [1, 7] } }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'not_found', issues: [{ path: 'draft.transferorHouseholdIds.1' }] },
    });
    a.close();
  });

  it('reviews as social capital only the kinds on the county list in force, which a dated setting changes', async () => {
    const a = smallApi();
    const draft = { ...(await cleanDraft(a)), socialCapitalReview: null };
    const lt12 = async () => (await call(a, 'contracts.check', { draft })).findings.filter((f: { ruleId: string }) => f.ruleId === 'LT-12');
    expect((await call(a, 'contracts.settings', {})).policy.socialCapitalKinds.value).toEqual(['company', 'other']);
    expect(await lt12()).toEqual([]);
    expect(await a.dispatch('contracts.putSetting', { key: 'socialCapitalKinds', value: ['cooperative', 'bank'], effectiveFrom: '2025-01-01', source: 's' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'bad_input', issues: [{ path: 'value' }] },
    });
    await call(a, 'contracts.putSetting', { key: 'socialCapitalKinds', value: ['company', 'cooperative'], effectiveFrom: '2025-01-01', source: '县农业农村局 2025 年 2 号文' });
    const [finding] = await lt12();
    expect(finding).toMatchObject({ severity: 'error', path: 'socialCapitalReview' });
    expect(finding.message).toContain('县农业农村局 2025 年 2 号文');
    a.close();
  });

  it('never reuses a number after a draft is deleted or a contract terminated', async () => {
    const a = smallApi();
    const draft = await cleanDraft(a);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await call(a, 'contracts.createDraft', { draft })).id);
    expect((await call(a, 'contracts.number', { id: ids[0], on: '2025-02-01' })).number).toBe('37172220251040001');
    await call(a, 'contracts.setStatus', { id: ids[0], status: 'terminated', date: '2025-03-01', reason: '双方协商解除' });
    await call(a, 'contracts.deleteDraft', { id: ids[1] });
    expect(await a.dispatch('contracts.get', { id: ids[1] }, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await call(a, 'contracts.number', { id: ids[2], on: '2025-02-02' })).number).toBe('37172220251040002');
    expect((await call(a, 'contracts.list', { status: 'terminated' })).map((c: { id: number }) => c.id)).toEqual([ids[0]]);
    expect(await a.dispatch('contracts.setStatus', { id: ids[2], status: 'active', date: '2025-03-01' }, ctx)).toMatchObject({ ok: false, error: { code: 'refused' } });
    a.close();
  });

  it('resolves a contract for print with A.4 rows, totals summed before rounding, schedule and fingerprint', async () => {
    const a = smallApi();
    const { id } = await call(a, 'contracts.createDraft', { draft: await cleanDraft(a) });
    const view = await call(a, 'contracts.get', { id });
    expect(view.parcelRows[0]).toMatchObject({ seq: 1, villageGroup: '王桥村第一村民小组', name: '东大地1', code: '3717221040010100001', landClassName: '旱地', contractCode: '371722104001010001J', qualityGrade: 5 });
    const area = view.parcelRows.reduce((s: number, r: { areaM2: number }) => s + r.areaM2, 0);
    expect(view.totals.areaM2).toBe(area);
    expect(view.totals.annualRentYuan).toBeCloseTo((area * 15 * 900) / 10000, 9);
    expect(view.transferors[0]).toMatchObject({ name: '王建国', idNumber: expect.stringMatching(/^\d{17}[\dX]$/), annualRentYuan: view.totals.annualRentYuan });
    expect(view.schedule.map((s: { year: number }) => s.year)).toEqual([1, 2, 3]);
    expect(view.fingerprint).toMatch(/^[0-9a-f]{12}$/);
    const again = await call(a, 'contracts.get', { id });
    expect(again.fingerprint).toBe(view.fingerprint);
    await call(a, 'contracts.number', { id, on: '2025-01-10' });
    expect((await call(a, 'contracts.get', { id })).fingerprint).not.toBe(view.fingerprint);
    a.close();
  });

  it('records payments and lists what is due, paid and overdue', async () => {
    const a = smallApi();
    const { id } = await call(a, 'contracts.createDraft', { draft: await cleanDraft(a) });
    const pay = { contractId: id, householdId: 1, dueDate: '2025-01-01', amountYuan: 100, paidOn: '2025-01-01', method: 'cash', receiptNo: 'R-1' };
    expect(await a.dispatch('payments.record', pay, ctx)).toMatchObject({ ok: false, error: { code: 'refused' } });
    await call(a, 'contracts.number', { id, on: '2025-01-10' });
    const due = await call(a, 'payments.due', { contractId: id });
    const first = due[0];
    await call(a, 'payments.record', { ...pay, dueDate: first.dueDate, amountYuan: first.amountYuan });
    expect(await a.dispatch('payments.record', { ...pay, householdId: 99 }, ctx)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    const after = await call(a, 'payments.due', { contractId: id });
    expect(after[0]).toMatchObject({ paidYuan: first.amountYuan, outstandingYuan: 0 });
    const overdue = await call(a, 'payments.overdue', { asOf: '2027-12-31' });
    expect(overdue.map((o: { year: number }) => o.year)).toEqual([2, 3]);
    expect(overdue[0]).toMatchObject({ contractId: id, headName: '王建国', paidYuan: 0, outstandingYuan: after[1].amountYuan });
    expect(await call(a, 'payments.overdue', { asOf: '2025-06-01' })).toEqual([]);
    expect((await call(a, 'contracts.expiring', { months: 12, asOf: '2027-01-01' })).map((c: { id: number }) => c.id)).toEqual([id]);
    expect(await call(a, 'contracts.expiring', { months: 11, asOf: '2027-01-01' })).toEqual([]);
    a.close();
  });

  it('exports the 流转台账 to Excel that Excel readers and GDAL open', async () => {
    const a = smallApi();
    const { id } = await call(a, 'contracts.createDraft', { draft: await cleanDraft(a) });
    await call(a, 'contracts.number', { id, on: '2025-01-10' });
    await call(a, 'contracts.setStatus', { id, status: 'filed', date: '2025-01-20' });
    const rows = await call(a, 'ledger.list', { townCode: '104' });
    expect(rows).toEqual([expect.objectContaining({ number: '37172220251040001', status: 'filed', holders: ['王建国'], transfereeUscc: USCC, approvalNo: '谢集农经审〔2024〕9号' })]);
    expect(await call(a, 'ledger.list', { townCode: '105' })).toEqual([]);
    const out = join(dirname(tempFile()), 'ledger');
    const res = await call(a, 'ledger.export', { out });
    expect(res).toEqual({ file: `${out}.xlsx`, rows: 1 });
    expect(await a.dispatch('ledger.export', { out }, ctx)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(res.file);
    const ws = wb.getWorksheet('流转台账')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const row = (ws.getRow(2).values as unknown[]).slice(1);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('合同编号')).toBe('37172220251040001');
    expect(cell('面积（亩）')).toBe(Math.round(rows[0].areaM2 * 15 / 100) / 100);
    expect(cell('状态')).toBe('已备案');
    expect(cell('统一社会信用代码')).toBe(USCC);
    if (ogrinfo) expect(execFileSync('ogrinfo', ['-ro', '-so', res.file, '流转台账'], { encoding: 'utf8' })).toMatch(/Feature Count: 1/);
    a.close();
  });

  it('splits a draft of several households into one contract per household', async () => {
    const file = tempFile();
    createDemoProject(file, 'tester');
    const a = openApi(file, 'tester');
    const [h1, h2] = await call(a, 'households.search', { query: '史楼村' });
    const parcels = a.project.db.prepare(`SELECT fid FROM parcels WHERE household_id IN (?, ?) ORDER BY fid`).all(h1.id, h2.id).map((r: any) => r.fid as number);
    expect([...h1.parcelIds, ...h2.parcelIds].sort((x: number, y: number) => x - y)).toEqual(parcels);
    const holders = await call(a, 'households.ofParcels', { parcelIds: parcels });
    expect(holders.map((h: { household: { id: number } }) => h.household.id).sort()).toEqual([h1.id, h2.id].sort());
    const [party] = await call(a, 'parties.list', { kind: 'cooperative' });
    const draft = await call(a, 'contracts.defaults', { parcelIds: parcels, transfereePartyId: party.id });
    const { drafts } = await call(a, 'contracts.createPerHousehold', { draft });
    expect(drafts).toHaveLength(2);
    const views = await Promise.all(drafts.map((d: { id: number }) => call(a, 'contracts.get', { id: d.id })));
    for (const v of views) {
      expect(v.draft.transferorHouseholdIds).toHaveLength(1);
      expect(v.parcelRows.every((r: { householdId: number }) => r.householdId === v.draft.transferorHouseholdIds[0])).toBe(true);
    }
    expect(views.flatMap((v) => v.parcelRows.map((r: { parcelId: number }) => r.parcelId)).sort((x, y) => x - y)).toEqual(parcels);
    a.close();
  });

  it('seeds the demo with three numbered contracts passing every error rule and one draft with LT-02', async () => {
    const file = tempFile();
    createDemoProject(file, 'tester');
    const info = readProjectInfo(file, 'tester');
    expect(info.contracts.map((c) => [c.mode, c.status, c.households])).toEqual([
      ['lease', 'active', 1],
      // The cooperative's lease is filed by its case's filing step (resources/demo/cases.ts).
      ['lease', 'filed', 4],
      ['share', 'numbered', 3],
      ['lease', 'draft', 1],
    ]);
    expect(info.contracts.slice(0, 3).map((c) => c.number)).toEqual(['37172220251040001', '37172220251040002', '37172220251040003']);
    expect(info.contracts.every((c) => c.areaMu > 0 && c.areaMu === Math.round((c.areaM2 * 15) / 100) / 100)).toBe(true);
    const a = openApi(file, 'tester');
    for (const c of info.contracts) {
      const errors = (await call(a, 'contracts.get', { id: c.id })).findings.filter((f: { severity: string }) => f.severity === 'error');
      if (c.status === 'draft') expect(new Set(errors.map((f: { ruleId: string }) => f.ruleId))).toEqual(new Set(['LT-02']));
      else expect(errors).toEqual([]);
    }
    const [cooperative, company] = [await call(a, 'parties.list', { kind: 'cooperative' }), await call(a, 'parties.list', { kind: 'company' })];
    expect(cooperative[0].uscc).toMatch(/^93371722/);
    expect(company[0].uscc).toMatch(/^91371722/);
    const share = await call(a, 'contracts.get', { id: 3 });
    expect(share.draft.rent).toMatchObject({ kind: 'share', scheme: 'guaranteed_plus_dividend', dissolutionReturnsLand: true });
    expect(share.draft.socialCapitalReview).not.toBeNull();
    expect(existsSync(file)).toBe(true);
    a.close();
  });
});
