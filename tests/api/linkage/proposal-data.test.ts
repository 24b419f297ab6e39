import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalData } from '../../../src/api/linkage/proposal-data';
import { createDemoProject } from '../../../src/api/project-files';
import { openApi, type ApiService } from '../../../src/api/service';

const AS_OF = '2026-03-01';
const CODE = 'ZJGG-371722-2024-01';
const dir = mkdtempSync(join(tmpdir(), 'landlink-proposal-api-'));
let api: ApiService;

beforeAll(() => {
  createDemoProject(join(dir, 'demo.gpkg'), 'tester');
  api = openApi(join(dir, 'demo.gpkg'), 'tester');
});
afterAll(() => api.close());

async function call<T = any>(method: string, input: unknown): Promise<T> {
  const env = await api.dispatch(method, input, { actor: 'tester' });
  if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
  return env.data as T;
}

describe('the proposal data', () => {
  it('holds the same figures as linkage.projects.get and linkage.scenarios.evaluate', async () => {
    const data = proposalData(api.project, 1, AS_OF);
    const view = await call('linkage.projects.get', { id: 1, asOf: AS_OF });
    const sum = (xs: { areaM2: number }[]) => xs.reduce((s, p) => s + p.areaM2, 0);
    expect(sum(data.parcels.demolition)).toBe(view.balance.demolition.m2);
    expect(sum(data.parcels.construction)).toBe(view.balance.construction.m2);
    expect(data.landClassTable).toEqual(view.landClassTable);
    expect(data.findings).toEqual(view.findings);
    expect(data.quota).toEqual(view.quota);
    expect(data.consent).toMatchObject({ households: view.consent.households, agreed: view.consent.agreed, rate: view.consent.rate, met: true });
    const { evaluations, rows } = await call('linkage.scenarios.evaluate', { projectId: 1, asOf: AS_OF });
    expect(data.comparison!.rows).toEqual(rows);
    expect(data.comparison!.evaluations.map((e) => e.balanceYuan)).toEqual(evaluations.map((e: { balanceYuan: number }) => e.balanceYuan));
    expect(data.scenarios.find((s) => s.chosen)!.scenario.id).toBe('apartments');
  });

  it('gives every parcel its planar geometry and village, and titles every rule', () => {
    const data = proposalData(api.project, 1, AS_OF);
    expect(data.parcels.demolition).toHaveLength(332);
    expect(new Set(data.parcels.demolition.map((p) => p.villageName))).toEqual(new Set(['王桥村', '史楼村']));
    const g = data.parcels.construction[0]!.geometry;
    expect(g.type).toBe('MultiPolygon');
    const [x] = (g.coordinates as number[][][][])[0]![0]![0]!;
    expect(x).toBeGreaterThan(39_000_000);
    expect(data.rules.find((r) => r.id === 'ZJ-02')!.title).toBe('拆旧面积不小于建新面积');
  });

  it('fingerprints the data: the same on every gathering, different once a household’s consent changes', async () => {
    const before = proposalData(api.project, 1, AS_OF).fingerprint;
    expect(proposalData(api.project, 1, AS_OF).fingerprint).toBe(before);
    expect(before).toMatch(/^[0-9a-f]{12}$/);
    const [pending] = (await call<{ id: number; consent: { status: string } }[]>('linkage.households.list', { projectId: 1 })).filter((h) => h.consent.status === 'pending');
    await call('linkage.households.setConsent', { id: pending!.id, consent: { status: 'agreed', signedOn: '2025-01-05' } });
    expect(proposalData(api.project, 1, AS_OF).fingerprint).not.toBe(before);
  });
});

describe('documents.proposal', () => {
  it('prints the proposal by project code as .docx at the audit chain head and refuses to overwrite it', async () => {
    const out = join(dir, 'proposal');
    const { auditHead } = await call<{ auditHead: { id: number; hash: string } }>('project.info', {});
    const { jobId } = await call<{ jobId: string }>('documents.proposal', { code: CODE, format: 'docx', out, asOf: AS_OF });
    const job = await api.jobs.wait(jobId);
    expect(job.state).toBe('done');
    expect(job.result).toEqual({ format: 'docx', files: [`${out}.docx`], drafts: 0 });
    const files = unzipSync(readFileSync(`${out}.docx`));
    expect(strFromU8(files['word/document.xml']!)).toContain('王桥村、史楼村合村并居项目搬迁安置方案');
    const footers = Object.keys(files).filter((k) => /^word\/footer\d*\.xml$/.test(k)).map((k) => strFromU8(files[k]!)).join('');
    expect(footers).toContain(`记录 #${auditHead.id} · ${auditHead.hash.slice(0, 8)}`);
    await expect(call('documents.proposal', { projectId: 1, format: 'docx', out })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses an unknown code or id, and asks for exactly one of them', async () => {
    await expect(call('documents.proposal', { code: 'NO-SUCH', format: 'docx', out: join(dir, 'x') })).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('NO-SUCH') });
    await expect(call('documents.proposal', { projectId: 99, format: 'docx', out: join(dir, 'x') })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('documents.proposal', { format: 'docx', out: join(dir, 'x') })).rejects.toMatchObject({ code: 'bad_input' });
    await expect(call('documents.proposal', { projectId: 1, code: CODE, format: 'docx', out: join(dir, 'x') })).rejects.toMatchObject({ code: 'bad_input' });
  });
});
