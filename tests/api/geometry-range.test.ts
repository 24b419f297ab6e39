import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openApi, type ApiService } from '../../src/api/service';
import { toLonLatConverter } from '../../src/geo/crs';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { rect, smallData, tempFile } from '../store/fixtures';
import { linkageFixture, lonLatRect, X0, Y0 } from '../store/linkage/linkage-fixture';

const ctx = { actor: 'tester' };
const GROUP = '37172210400101';
const ll = toLonLatConverter(4527);

interface Opened {
  api: ApiService;
  /** PRAGMA data_version read from a second connection: it moves on every commit by another connection. */
  version(): number;
  parcels(): number;
}
const opened: { api: ApiService; watcher: Database.Database }[] = [];
afterEach(() => opened.splice(0).forEach(({ api, watcher }) => (watcher.close(), api.close())));

function watch(file: string): Opened {
  const api = openApi(file, 'tester');
  const watcher = new Database(file, { readonly: true });
  opened.push({ api, watcher });
  return {
    api,
    version: () => watcher.pragma('data_version', { simple: true }) as number,
    parcels: () => (watcher.prepare('SELECT count(*) AS n FROM parcels').get() as { n: number }).n,
  };
}

function small(): Opened {
  const file = tempFile();
  const project = Project.create(file, { name: 't', srsId: 4527, synthetic: true }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  project.close();
  return watch(file);
}

/** A square of `side` metres at (x, y) in EPSG:4527, sent as lon/lat. */
const lonLatSquare = (x: number, y: number, side: number) => ({ type: 'Polygon', coordinates: rect(x, y, side, side).map((r) => r.map((p) => ll(p))) });

describe('geometry sent to the API is checked against the coordinate system', () => {
  it('refuses parcels.create with Gauss-Krüger coordinates given as lon/lat, naming the vertex, and leaves the file unchanged', async () => {
    const { api, version, parcels } = small();
    const [v0, n0] = [version(), parcels()];
    const gk = { type: 'Polygon', coordinates: [[[39_540_000, 3_860_000], [39_540_030, 3_860_000], [39_540_030, 3_860_030], [39_540_000, 3_860_000]]] };
    const res = await api.dispatch('parcels.create', { geometry: gk, name: '新地', landClass: '0103', groupCode: GROUP }, ctx);
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'bad_input',
        key: 'error.input',
        issues: [{ path: 'geometry.coordinates.0.0', message: '第 1 环第 1 个顶点的经度 39540000 超出范围（−180…180）' }],
      },
    });
    expect(res.ok ? [] : res.error.issues).toHaveLength(1);
    expect([version(), parcels()]).toEqual([v0, n0]);
  });

  it('refuses a lon/lat outline outside the project zone’s reach, naming the vertex', async () => {
    const { api, version } = small();
    const v0 = version();
    const outline = lonLatSquare(X0 + 100, Y0, 20);
    outline.coordinates[0]![2] = [110, 34.9];
    const res = await api.dispatch('parcels.reshape', { id: 1, geometry: outline }, ctx);
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'bad_input', issues: [{ path: 'geometry.coordinates.0.2', message: '第 1 环第 3 个顶点的经度 110 距项目坐标系 EPSG:4527 的中央经线 117° 超过 3°（114…120）' }] },
    });
    const hole = await api.dispatch('parcels.cutHole', { id: 1, ring: [ll([X0 + 5, Y0 + 10]), [110, 34.9], ll([X0 + 10, Y0 + 20])] }, ctx);
    expect(hole).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'ring.1' }] } });
    const split = await api.dispatch('parcels.split', { id: 1, line: [ll([X0 + 10, Y0 - 5]), [39_402_010, 3_860_105]] }, ctx);
    expect(split).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'line.1', message: '第 2 个点的经度 39402010 超出范围（−180…180）' }] } });
    expect(version()).toBe(v0);
  });

  it('refuses a drawn parcel above the dated area limit with its area in 亩, and takes it once the county raises the limit', async () => {
    const { api, version, parcels } = small();
    const [v0, n0] = [version(), parcels()];
    // 1000 m × 1000 m is 1500 亩 on the plane, a little less on the ellipsoid.
    const input = { geometry: lonLatSquare(X0, Y0 + 1000, 1000), name: '大地块', landClass: '0103', groupCode: GROUP };
    const refused = await api.dispatch('parcels.create', input, ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/^新地块的椭球面积 14\d\d\.\d\d 亩超过承包地块面积上限 1000 亩$/) } });
    expect([version(), parcels()]).toEqual([v0, n0]);

    const put = await api.dispatch('areaLimits.put', { kind: 'contractedParcel', mu: 2000, effectiveFrom: '2026-01-01', source: '县局通知（测试）' }, ctx);
    expect(put).toEqual({ ok: true, data: { kind: 'contractedParcel', limit: { mu: 2000, effectiveFrom: '2026-01-01', source: '县局通知（测试）' } } });
    expect(await api.dispatch('areaLimits.get', { asOf: '2025-12-31' }, ctx)).toMatchObject({ ok: true, data: { contractedParcel: { mu: 1000, effectiveFrom: '1970-01-01' } } });
    expect(await api.dispatch('parcels.create', input, ctx)).toMatchObject({ ok: true, data: { name: '大地块' } });
  });

  it('refuses a merge whose result is above the limit, naming the parcels', async () => {
    const { api } = small();
    expect(await api.dispatch('areaLimits.put', { kind: 'contractedParcel', mu: 4, effectiveFrom: '2026-01-01', source: '测试' }, ctx)).toMatchObject({ ok: true });
    const merged = await api.dispatch('parcels.merge', { ids: [1, 2] }, ctx);
    expect(merged).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/^地块 3717221040010100001、3717221040010100002 合并后的椭球面积 6\.00 亩超过承包地块面积上限 4 亩$/) } });
  });

  it('refuses a new parcel in a group the project does not have, rather than failing inside', async () => {
    const { api } = small();
    const res = await api.dispatch('parcels.create', { geometry: lonLatSquare(X0 + 100, Y0, 20), name: '新地', landClass: '0103', groupCode: '37172210400199' }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'refused', message: '村民小组 37172210400199 不在本项目中，新地块无法归入该组' } });
  });

  it('finds the parcels under a map zoomed out to the whole world, and none under a click far away', async () => {
    const { api } = small();
    expect(await api.dispatch('parcels.inView', { bbox: [-180, -90, 180, 90] }, ctx)).toMatchObject({ ok: true, data: { total: 3 } });
    const features = await api.dispatch('layers.features', { layer: 'parcels', bbox: [-180, -90, 180, 90] }, ctx);
    expect(features.ok && (features.data as { features: unknown[] }).features).toHaveLength(3);
    expect(await api.dispatch('parcels.inView', { bbox: [0, 0, 10, 10] }, ctx)).toEqual({ ok: true, data: { total: 0, items: [] } });
    expect(await api.dispatch('parcels.at', { lon: -60, lat: -30 }, ctx)).toEqual({ ok: true, data: { ids: [] } });
    const [lon, lat] = ll([X0 + 10, Y0 + 50]);
    expect(await api.dispatch('parcels.at', { lon, lat }, ctx)).toEqual({ ok: true, data: { ids: [1] } });
  });
});

describe('linkage geometry is checked the same way', () => {
  function linkage(): Opened & { projectId: number } {
    const { file, project, linkage } = linkageFixture();
    project.close();
    return { ...watch(file), projectId: linkage.id };
  }

  it('refuses a project area with a vertex outside the zone’s reach, naming the field', async () => {
    const { api, version, projectId } = linkage();
    const v0 = version();
    const area = lonLatRect(X0 - 50, Y0 - 50, 400, 300);
    area.coordinates[0]![1] = [124, 35];
    const res = await api.dispatch('linkage.projects.setArea', { projectId, name: '项目区', geometry: area }, ctx);
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'bad_input', issues: [{ path: 'geometry.coordinates.0.1', message: '地块图形无效：第 1 环第 2 个顶点的经度 124 距项目坐标系 EPSG:4527 的中央经线 117° 超过 3°（114…120）' }] },
    });
    const gk = await api.dispatch('linkage.projects.setArea', { projectId, name: '项目区', geometry: { type: 'Polygon', coordinates: rect(X0, Y0, 400, 300) } }, ctx);
    expect(gk).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'geometry.coordinates.0.0' }] } });
    expect(version()).toBe(v0);
  });

  it('refuses a construction parcel and a project area above their dated limits, with the area in 亩', async () => {
    const { api, version, projectId } = linkage();
    const v0 = version();
    // 2000 m × 1600 m ≈ 4800 亩, above the 3000 亩 of one linkage parcel.
    const site = await api.dispatch(
      'linkage.parcels.add',
      { projectId, kind: 'construction', attrs: { code: 'JX-01', use: 'resettlement', landClassBefore: '0103' }, geometry: lonLatRect(X0, Y0 + 1000, 2000, 1600) },
      ctx,
    );
    expect(site).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/^建新地块 JX-01 的椭球面积 4\d{3}\.\d\d 亩超过增减挂钩拆旧或建新地块面积上限 3000 亩$/) } });
    // 12 km × 10 km = 180,000 亩, above the 150,000 亩 of a project area.
    const area = await api.dispatch('linkage.projects.setArea', { projectId, name: '全镇', geometry: lonLatRect(X0, Y0, 12_000, 10_000) }, ctx);
    expect(area).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/^项目区 全镇 的椭球面积 1\d{5}\.\d\d 亩超过增减挂钩项目区面积上限 150000 亩$/) } });
    expect(version()).toBe(v0);
  });
});
