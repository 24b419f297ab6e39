import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalData } from '../../../src/api/linkage/proposal-data';
import { createDemoProject } from '../../../src/api/project-files';
import { openApi, type ApiService } from '../../../src/api/service';
import { muToM2 } from '../../../src/domain/units';
import { Project } from '../../../src/store/project';
import { writeProjectData } from '../../../src/store/project-data-writer';
import { smallData, tempFile } from '../../store/fixtures';
import { VILLAGE } from '../../store/linkage/linkage-fixture';

const ctx = { actor: 'tester' };

async function call<T = any>(a: ApiService, method: string, input: unknown): Promise<T> {
  const res = await a.dispatch(method, input, ctx);
  if (!res.ok) throw new Error(`${method}: ${res.error.message} ${JSON.stringify(res.error.issues)}`);
  return res.data as T;
}

describe('months to the deadline and revolving-quota alerts on the county dashboard', () => {
  let api: ApiService;
  beforeAll(async () => {
    const file = tempFile();
    const project = Project.create(file, { name: 't', srsId: 4527, synthetic: true }, 'tester');
    writeProjectData(project, smallData(), 'tester');
    project.close();
    api = openApi(file, 'tester');
    const p = await call(api, 'linkage.projects.create', {
      code: 'GG-1', name: '试点项目', countyCode: '371722', townships: ['谢集镇'], startDate: '2025-01-01', deadline: '2027-12-31', villageCodes: [VILLAGE],
    });
    await call(api, 'linkage.quota.record', { projectId: p.id, event: { id: 'i1', kind: 'issueRevolving', date: '2025-01-31', note: '', areaM2: 1000, docNo: '鲁自然资字〔2025〕1号' } });
  });
  afterAll(() => api.close());

  const row = async (asOf: string) => (await call<{ monthsToDeadline: number; alertLevel: string }[]>(api, 'linkage.projects.list', { asOf }))[0]!;

  it('counts 0 months on the deadline day and −1 from the day after, when the project is overdue', async () => {
    expect((await row('2027-11-30')).monthsToDeadline).toBe(1);
    expect((await row('2027-12-31')).monthsToDeadline).toBe(0);
    expect((await row('2028-01-01')).monthsToDeadline).toBe(-1);
    expect((await row('2028-01-31')).monthsToDeadline).toBe(-1);
    expect((await row('2028-02-01')).monthsToDeadline).toBe(-2);
  });

  it('keeps quota issued on 2025-01-31 a warning through its deadline 2028-01-31 and an error from 2028-02-01', async () => {
    expect((await row('2027-07-30')).alertLevel).toBe('none');
    expect((await row('2027-07-31')).alertLevel).toBe('warning');
    expect((await row('2028-01-31')).alertLevel).toBe('warning');
    expect((await row('2028-02-01')).alertLevel).toBe('error');
  });
});

describe('a quota ledger from a file written before returns and surplus were checked together', () => {
  const AS_OF = '2026-03-01';
  let api: ApiService;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'landlink-older-ledger-'));
    createDemoProject(join(dir, 'demo.gpkg'), 'tester');
    api = openApi(join(dir, 'demo.gpkg'), 'tester');
    // The demo's surplus is all that its acceptance left; an older version also let 100 亩 more be confirmed.
    const stale = { id: 'ZJ2026-09', kind: 'confirmSurplus', date: '2026-02-01', note: '旧版本记入', areaM2: muToM2(100) };
    api.project.db
      .prepare(`INSERT INTO linkage_quota_events (project_id, seq, event_id, event_json, recorded_at, recorded_by) VALUES (1, 7, ?, ?, '2026-02-01T02:00:00.000Z', 'older')`)
      .run(stale.id, JSON.stringify(stale));
  });
  afterAll(() => api.close());

  it('still reads: the statement, the dashboard and the proposal data show the stored figures', async () => {
    const statement = await call(api, 'linkage.quota.statement', { projectId: 1, asOf: AS_OF });
    expect(statement.rows.map((r: { event: { id: string } }) => r.event.id).at(-1)).toBe('ZJ2026-09');
    const [dashboard] = await call(api, 'linkage.projects.list', { asOf: AS_OF });
    expect(dashboard.surplusConfirmed.m2).toBe(statement.balance.surplusConfirmedM2);
    expect(proposalData(api.project, 1, AS_OF).quota.balance).toEqual(statement.balance);
  });

  it('shows the first violation in the project view as a ZJ-06 finding naming the event, the date and the figures', async () => {
    const view = await call(api, 'linkage.projects.get', { id: 1, asOf: AS_OF });
    const zj06 = view.findings.filter((f: { ruleId: string }) => f.ruleId === 'ZJ-06');
    expect(zj06).toHaveLength(1);
    expect(zj06[0]).toMatchObject({ severity: 'error', path: 'quotaEvents.6.areaM2' });
    expect(zj06[0].message).toMatch(/^事项「ZJ2026-09」（2026-02-01 节余指标确认）：截至 2026-02-01，已归还 .* 亩 加已确认节余 .* 亩，共 .* 亩，超过已验收复垦面积 .* 亩/);
    expect(view.findings.filter((f: { ruleId: string }) => f.ruleId === 'ZJ-07')).toEqual([]);
  });

  it('takes a further event that breaks nothing new, and refuses one that does', async () => {
    const acceptance = { id: 'ZJ2026-10', kind: 'reclamationAccepted', date: '2026-03-01', note: '', areaM2: muToM2(5), cultivatedM2: muToM2(5), acceptDocNo: '菏自然资验字〔2026〕1号（测试）', authority: '菏泽市自然资源和规划局' };
    expect((await call(api, 'linkage.quota.record', { projectId: 1, event: acceptance })).events).toHaveLength(8);
    const res = await api.dispatch('linkage.quota.record', { projectId: 1, event: { id: 'ZJ2026-11', kind: 'useSurplusLocally', date: '2026-03-01', note: '', areaM2: muToM2(500), purpose: '县产业园区' } }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('台账规则 disposedWithinSurplus') } });
  });
});
