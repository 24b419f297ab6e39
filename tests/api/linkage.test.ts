import { join, dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemoProject, readProjectInfo } from '../../src/api/project-files';
import { openApi, type ApiService } from '../../src/api/service';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { smallData, tempFile } from '../store/fixtures';
import { lonLatRect, VILLAGE, X0, Y0 } from '../store/linkage/linkage-fixture';

const ctx = { actor: 'tester' };
const AS_OF = '2026-03-01';

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

const newProject = { code: 'GG-1', name: '试点项目', countyCode: '371722', townships: ['谢集镇'], startDate: '2025-01-01', deadline: '2027-12-31', villageCodes: [VILLAGE] };

describe('the linkage API on the demo project', () => {
  let demo: string;
  beforeAll(() => {
    demo = tempFile('demo.gpkg');
    createDemoProject(demo, 'tester');
  });

  it('lists the worked project in info with its code, balance and surplus, the same on every generation', () => {
    const info = readProjectInfo(demo, 'tester');
    expect(info.linkageProjects).toHaveLength(1);
    const [p] = info.linkageProjects;
    expect(p).toMatchObject({ code: 'ZJGG-371722-2024-01', name: '王桥村、史楼村合村并居项目' });
    expect(p!.balance.balance.m2).toBe(p!.balance.demolition.m2 - p!.balance.construction.m2);
    expect(p!.balance.balance.m2).toBeGreaterThan(0);
    expect(p!.surplusConfirmed.m2).toBeGreaterThan(p!.surplusAvailable.m2);
    const again = tempFile('demo2.gpkg');
    createDemoProject(again, 'tester');
    expect(readProjectInfo(again, 'tester').linkageProjects).toEqual(info.linkageProjects);
  });

  it('shows the worked project without rule findings, with a balanced land-class table and consent of at least 95%', async () => {
    const a = openApi(demo, 'tester');
    const view = await call(a, 'linkage.projects.get', { id: 1, asOf: AS_OF });
    expect(view.findings).toEqual([]);
    expect(view.landClassTable.balanced).toBe(true);
    expect(view.consent.rate).toBeGreaterThanOrEqual(0.95);
    expect(view.quota.statement.map((r: { event: { kind: string } }) => r.event.kind)).toEqual([
      'issueRevolving', 'useForConstruction', 'reclamationAccepted', 'returnRevolving', 'confirmSurplus', 'tradeSurplus',
    ]);
    expect(view.parcels.construction[0].areas.ellipsoidM2).toBeLessThan(view.balance.demolition.m2);
    a.close();
  });

  it('compares the two demo scenarios side by side, apartments needing less land than courtyards', async () => {
    const a = openApi(demo, 'tester');
    const { evaluations, rows } = await call(a, 'linkage.scenarios.evaluate', { projectId: 1, asOf: AS_OF });
    expect(evaluations.map((e: { scenarioId: string }) => e.scenarioId)).toEqual(['apartments', 'courtyards']);
    const land = rows.find((r: { key: string }) => r.key === 'land.resettlement').values;
    expect(land[0]).toBeLessThan(land[1]);
    a.close();
  });

  it('exports the ledger workbook with a county sheet whose total matches the project', async () => {
    const a = openApi(demo, 'tester');
    const out = join(dirname(demo), 'ledger.xlsx');
    expect(await call(a, 'linkage.ledger.export', { out })).toEqual({ file: out, projects: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['县级汇总', 'ZJGG-371722-2024-01']);
    const county = wb.worksheets[0]!;
    expect(county.getRow(3).getCell(1).value).toBe('合计');
    expect(county.getRow(3).getCell(9).value).toBe(county.getRow(2).getCell(9).value);
    expect(wb.worksheets[1]!.rowCount).toBe(7);
    expect((await a.dispatch('linkage.ledger.export', { out }, ctx)).ok).toBe(false);
    a.close();
  });
});

describe('the linkage API on a new project', () => {
  it('shows a drawn construction parcel on basic farmland as a ZJ-04 error and updates the balance', async () => {
    const a = smallApi();
    const p = await call(a, 'linkage.projects.create', newProject);
    await call(a, 'linkage.parcels.add', {
      projectId: p.id,
      kind: 'demolition',
      attrs: { code: 'CJ-1', villageCode: VILLAGE },
      geometry: lonLatRect(X0 + 100, Y0, 40, 40),
    });
    const [c] = await call(a, 'linkage.parcels.add', {
      projectId: p.id,
      kind: 'construction',
      attrs: { code: 'JX-1', use: 'resettlement', landClassBefore: '0103' },
      geometry: lonLatRect(X0 + 20, Y0, 30, 20),
    });
    const view = await call(a, 'linkage.projects.get', { id: p.id, asOf: AS_OF });
    expect(view.balance.construction.m2).toBe(c.areas.ellipsoidM2);
    expect(view.balance.balance.m2).toBe(view.balance.demolition.m2 - c.areas.ellipsoidM2);
    const zj04 = view.findings.find((f: { ruleId: string }) => f.ruleId === 'ZJ-04');
    expect(zj04).toMatchObject({ severity: 'error', parcelIds: [`C${c.id}`] });
    const features = await call(a, 'linkage.parcels.features', { projectId: p.id });
    expect(features.features.map((f: { properties: { code: string } }) => f.properties.code)).toEqual(['CJ-1', 'JX-1']);
    expect(features.features[0].geometry.coordinates[0][0][0][0]).toBeCloseTo((lonLatRect(X0 + 100, Y0, 40, 40).coordinates as number[][][])[0]![0]![0]!, 9);
    a.close();
  });

  it('refuses a quota event that breaks a ledger invariant, naming it', async () => {
    const a = smallApi();
    const p = await call(a, 'linkage.projects.create', newProject);
    const res = await a.dispatch('linkage.quota.record', { projectId: p.id, event: { id: 'u1', kind: 'useForConstruction', date: '2025-03-01', note: '', areaM2: 100, parcelRefs: ['JX-1'] } }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/usedWithinIssued/), issues: [{ path: 'event.areaM2' }] } });
    const statement = await call(a, 'linkage.quota.statement', { projectId: p.id, asOf: AS_OF });
    expect(statement.rows).toEqual([]);
    a.close();
  });

  it('records a county parameter with its source and refuses an unknown key or a bad value', async () => {
    const a = smallApi();
    await call(a, 'linkage.parameters.put', { key: 'consentThreshold', value: 0.9, effectiveFrom: '2025-01-01', source: '县政府通知（测试）' });
    const got = await call(a, 'linkage.parameters.get', { asOf: AS_OF });
    expect(got.parameters.consentThreshold.at(-1)).toEqual({ value: 0.9, effectiveFrom: '2025-01-01', source: '县政府通知（测试）' });
    expect(got.policy.consentThreshold.at(-1).value).toBe(0.9);
    expect(await a.dispatch('linkage.parameters.put', { key: 'nonsense', value: 1, effectiveFrom: '2025-01-01', source: 'x' }, ctx)).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'key' }] } });
    expect(await a.dispatch('linkage.parameters.put', { key: 'consentThreshold', value: 1.5, effectiveFrom: '2025-01-01', source: 'x' }, ctx)).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'value' }] } });
    a.close();
  });

  it('records consent and shows the rate, and refuses scenarios to evaluate when none is saved', async () => {
    const a = smallApi();
    const p = await call(a, 'linkage.projects.create', newProject);
    const [h] = await call(a, 'linkage.households.add', {
      projectId: p.id,
      households: [{ code: 'H1', headName: '王建国', villageName: '王桥村', members: [{ name: '王建国', relation: '户主', birthDate: '1965-03-12' }], homesteadM2: 200, floorAreaM2: { brickConcrete: 100 }, consent: { status: 'pending', signedOn: null } }],
    });
    await call(a, 'linkage.households.setConsent', { id: h.id, consent: { status: 'agreed', signedOn: '2025-04-01' } });
    expect((await call(a, 'linkage.projects.get', { id: p.id, asOf: AS_OF })).consent).toMatchObject({ households: 1, agreed: 1, rate: 1, met: true });
    expect(await a.dispatch('linkage.scenarios.evaluate', { projectId: p.id }, ctx)).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await a.dispatch('linkage.projects.get', { id: 99 }, ctx)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    a.close();
  });
});
