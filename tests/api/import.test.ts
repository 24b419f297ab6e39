import { readFileSync, truncateSync, writeFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportReport, Inspection } from '../../src/api/methods/import';
import { openApi, type ApiService } from '../../src/api/service';
import { createEmptyProject } from '../../src/api/project-files';
import { writeShapefile } from '../../src/io/shapefile/write-shapefile';
import type { OutputLayer } from '../../src/io/source-layer';
import { toLonLatConverter } from '../../src/geo/crs';
import { ellipsoidalArea } from '../../src/geo/ellipsoidal-area';
import { rect, tempFile } from '../store/fixtures';

const GROUP = '37172210400101';
const X0 = 39402000;
const Y0 = 3860000;
const FIELDS: OutputLayer['fields'] = [
  { name: 'DKBM', type: 'string' },
  { name: 'DKMC', type: 'string' },
  { name: 'HTMJ', type: 'number' },
  { name: '备注说明', type: 'string' },
];

function parcel(i: number, code = `${GROUP}${String(i + 1).padStart(5, '0')}`) {
  return { geometry: { type: 'Polygon', coordinates: rect(X0 + i * 20, Y0, 20, 100) }, attrs: { DKBM: code, DKMC: `东大地${i + 1}`, HTMJ: 3.01, '备注说明': `第${i + 1}块` } };
}

function shapefile(features: OutputLayer['features'], dir = mkdtempSync(join(tmpdir(), 'landlink-shp-'))): string {
  const path = join(dir, 'parcels.shp');
  writeShapefile(path, { name: 'parcels', srsId: 4527, fields: FIELDS, features });
  return path;
}

const opened: ApiService[] = [];
function project(): ApiService {
  const file = tempFile();
  createEmptyProject(file, { name: 'test', srsId: 4527, synthetic: true }, 'tester');
  const api = openApi(file, 'tester');
  opened.push(api);
  return api;
}
afterEach(() => opened.splice(0).forEach((a) => a.close()));

async function call<T>(api: ApiService, method: string, input: unknown): Promise<T> {
  const env = await api.dispatch(method, input, { actor: 'tester' });
  if (!env.ok) throw new Error(`${method}: ${env.error.message} ${JSON.stringify(env.error.issues)}`);
  return env.data as T;
}

async function importFile(api: ApiService, path: string, extra: Record<string, unknown> = {}): Promise<ImportReport> {
  const source = { kind: 'path', path };
  const insp = await call<Inspection>(api, 'import.inspect', { source });
  const { jobId } = await call<{ jobId: string }>(api, 'import.start', { source, target: 'parcels', mapping: insp.mapping, ...extra });
  const snap = await api.jobs.wait(jobId);
  if (snap.state !== 'done') throw new Error(`job ${snap.state}: ${JSON.stringify(snap.error)}`);
  return snap.result as ImportReport;
}

const parcelCount = (api: ApiService) => (api.project.db.prepare('SELECT count(*) AS n FROM parcels').get() as { n: number }).n;

describe('importing parcels', () => {
  it('imports a GBK Shapefile with its mapping guessed, areas computed and unmapped attributes kept', async () => {
    const api = project();
    const path = shapefile([0, 1, 2].map((i) => parcel(i)));
    const insp = await call<Inspection>(api, 'import.inspect', { source: { kind: 'path', path } });
    expect(insp.crs.srsId).toBe(4527);
    expect(insp.mapping.fields).toMatchObject({ code: 'DKBM', name: 'DKMC', registeredArea: 'HTMJ' });
    const report = await importFile(api, path);
    expect(report).toMatchObject({ committed: true, imported: 3, skipped: 0 });
    const row = api.project.db.prepare('SELECT * FROM parcels ORDER BY fid LIMIT 1').get() as Record<string, unknown>;
    expect(row.name).toBe('东大地1');
    expect(row.registered_area_m2).toBeCloseTo((3.01 * 10000) / 15, 9);
    expect(row.ellipsoid_area_m2).toBe(ellipsoidalArea({ type: 'Polygon', coordinates: rect(X0, Y0, 20, 100) }, 4527));
    expect(JSON.parse(row.attrs_json as string)).toEqual({ '备注说明': '第1块' });
    expect(api.project.db.prepare('SELECT count(*) AS n FROM parcels WHERE import_batch_id = ?').get(report.batchId)).toEqual({ n: 3 });
  });

  it('remembers the mapping for the same source layout', async () => {
    const api = project();
    const path = shapefile([parcel(0)]);
    const source = { kind: 'path', path };
    const insp = await call<Inspection>(api, 'import.inspect', { source });
    const mapping = { ...insp.mapping, fields: { ...insp.mapping.fields, name: '备注说明' } };
    const { jobId } = await call<{ jobId: string }>(api, 'import.start', { source, target: 'parcels', mapping });
    await api.jobs.wait(jobId);
    const again = await call<Inspection>(api, 'import.inspect', { source: { kind: 'path', path: shapefile([parcel(5)]) } });
    expect(again.mappingRemembered).toBe(true);
    expect(again.mapping.fields.name).toBe('备注说明');
  });

  it.each([
    ['a self-intersecting parcel', () => ({ ...parcel(1), geometry: { type: 'Polygon', coordinates: [[[X0, Y0], [X0 + 20, Y0 + 100], [X0 + 20, Y0], [X0, Y0 + 100], [X0, Y0]]] } }), /self_intersection/],
    ['a duplicate code', () => parcel(1, `${GROUP}00001`), /重复/],
    ['an empty code', () => parcel(1, ''), /地块代码为空/],
    ['a registered area of a trillion 亩', () => ({ ...parcel(1), attrs: { ...parcel(1).attrs, HTMJ: 1e12 } }), /^合同面积 1000000000000 超出输入上限（1000000000 m²，即 1500000 亩）/],
    [
      'a vertex more than 3° from the zone’s central meridian',
      () => ({ ...parcel(1), geometry: { type: 'Polygon', coordinates: [[[X0, Y0], [X0 + 20, Y0], [X0 + 20, Y0 + 100], [39_900_000, Y0 + 100], [X0, Y0]]] } }),
      // The Shapefile writer turns the ring clockwise, so the vertex's number changes on the way.
      /^坐标超出范围：第 1 环第 \d 个顶点的东坐标 39900000 距 EPSG:4527 的中央经线 117° 超过 3°/,
    ],
  ])('refuses the whole file for %s, naming the record, and writes nothing', async (_what, bad, reason) => {
    const api = project();
    const before = readFileSync(api.project.file).length;
    const report = await importFile(api, shapefile([parcel(0), bad(), parcel(2)]));
    expect(report.committed).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ record: 2, reason: expect.stringMatching(reason) })]);
    expect(parcelCount(api)).toBe(0);
    expect(readFileSync(api.project.file).length).toBe(before);
  });

  it('skips the bad records and imports the rest when the user chooses to', async () => {
    const api = project();
    const report = await importFile(api, shapefile([parcel(0), parcel(1, `${GROUP}00001`), parcel(2)]), { onBad: 'skip' });
    expect(report).toMatchObject({ committed: true, imported: 2, skipped: 1 });
    expect(parcelCount(api)).toBe(2);
  });

  it('refuses codes already in the project unless asked to replace them', async () => {
    const api = project();
    await importFile(api, shapefile([parcel(0)]));
    const again = await importFile(api, shapefile([parcel(0)]));
    expect(again.committed).toBe(false);
    expect(again.problems[0]!.reason).toMatch(/已在项目中/);
    const replaced = await importFile(api, shapefile([parcel(0)]), { onExisting: 'replace' });
    expect(replaced).toMatchObject({ committed: true, imported: 0, replaced: 1 });
    expect(parcelCount(api)).toBe(1);
  });

  it('refuses a truncated .shp and a .dbf with the wrong record count, naming the file', async () => {
    const api = project();
    const truncated = shapefile([parcel(0), parcel(1), parcel(2)]);
    truncateSync(truncated, readFileSync(truncated).length - 40);
    const r1 = await importFile(api, truncated).catch((e: Error) => e);
    const text1 = r1 instanceof Error ? r1.message : JSON.stringify(r1.problems);
    expect(text1).toMatch(/parcels\.shp/);

    const dir = mkdtempSync(join(tmpdir(), 'landlink-shp-'));
    const three = shapefile([parcel(0), parcel(1), parcel(2)], dir);
    const two = shapefile([parcel(0), parcel(1)]);
    copyFileSync(two.replace(/shp$/, 'dbf'), three.replace(/shp$/, 'dbf'));
    const r2 = await importFile(api, three).catch((e: Error) => e);
    const text2 = r2 instanceof Error ? r2.message : JSON.stringify(r2.problems);
    expect(text2).toMatch(/dbf/i);
    expect(parcelCount(api)).toBe(0);
  });

  it('refuses a lon/lat file with a vertex the project’s zone cannot hold, naming file, record and vertex', async () => {
    const api = project();
    const path = join(mkdtempSync(join(tmpdir(), 'landlink-json-')), 'p.geojson');
    const lonLat = (i: number) => rect(X0 + i * 20, Y0, 20, 100).map((r) => r.map((p) => toLonLatConverter(4527)(p)));
    const far = lonLat(1);
    far[0]![3] = [121.6, 34.9];
    const feature = (code: string, coordinates: unknown) => ({ type: 'Feature', properties: { DKBM: code }, geometry: { type: 'Polygon', coordinates } });
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features: [feature(`${GROUP}00001`, lonLat(0)), feature(`${GROUP}00002`, far)] }));
    const before = readFileSync(api.project.file).length;
    const report = await importFile(api, path);
    expect(report).toMatchObject({ committed: false, fromSrsId: 4490, toSrsId: 4527 });
    expect(report.problems).toEqual([
      {
        file: path,
        record: 2,
        reason: '坐标无法换算到项目坐标系 EPSG:4527：第 1 环第 4 个顶点的经度 121.6 距项目坐标系 EPSG:4527 的中央经线 117° 超过 3°（114…120）',
        fatal: false,
      },
    ]);
    expect(parcelCount(api)).toBe(0);
    expect(readFileSync(api.project.file).length).toBe(before);
  });

  it('refuses a file whose coordinate system is unknown and asks for --crs', async () => {
    const api = project();
    const dir = mkdtempSync(join(tmpdir(), 'landlink-json-'));
    const path = join(dir, 'p.geojson');
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:3857' } }, features: [] }));
    const r = await importFile(api, path).catch((e: Error) => e);
    const text = r instanceof Error ? r.message : JSON.stringify(r.problems);
    expect(text).toMatch(/3857|CRS|坐标系/);
    expect(parcelCount(api)).toBe(0);
  });

  it('rolls everything back when the import is cancelled', async () => {
    const api = project();
    const path = shapefile(Array.from({ length: 3000 }, (_, i) => ({ ...parcel(i % 50), geometry: { type: 'Polygon', coordinates: rect(X0 + (i % 50) * 20, Y0 + Math.floor(i / 50) * 100, 20, 100) }, attrs: { ...parcel(0).attrs, DKBM: `${GROUP}${String(i + 1).padStart(5, '0')}` } })));
    const source = { kind: 'path', path };
    const insp = await call<Inspection>(api, 'import.inspect', { source });
    const { jobId } = await call<{ jobId: string }>(api, 'import.start', { source, target: 'parcels', mapping: insp.mapping });
    api.jobs.onProgress = (job) => {
      if (job.progress.phase === 'writing' && job.progress.done > 0) api.jobs.cancel(jobId);
    };
    const snap = await api.jobs.wait(jobId);
    expect(snap.state).toBe('cancelled');
    expect(parcelCount(api)).toBe(0);
    expect(api.project.db.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 0 });
    // The R-tree insert trigger, dropped for the bulk write, came back with the rollback.
    expect(api.project.db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'rtree_parcels_geom_insert'`).get()).toEqual({ n: 1 });
  });
});

describe('export and import again', () => {
  it.each(['shp', 'gpkg', 'geojson', 'kml'] as const)('gives back the same parcels, attributes and areas through %s', async (format) => {
    const api = project();
    await importFile(api, shapefile([0, 1, 2].map((i) => parcel(i))));
    const out = join(mkdtempSync(join(tmpdir(), 'landlink-out-')), `parcels.${format}`);
    const { jobId } = await call<{ jobId: string }>(api, 'export.run', { format, out });
    const exported = await api.jobs.wait(jobId);
    expect(exported.state).toBe('done');
    const back = project();
    const report = await importFile(back, out);
    expect(report).toMatchObject({ committed: true, imported: 3 });
    const rows = (a: ApiService) =>
      a.project.db.prepare('SELECT code, name, registered_area_m2 AS reg, ellipsoid_area_m2 AS ell, attrs_json FROM parcels ORDER BY code').all() as {
        code: string; name: string; reg: number; ell: number; attrs_json: string;
      }[];
    const a = rows(api);
    const b = rows(back);
    expect(b.map((r) => [r.code, r.name])).toEqual(a.map((r) => [r.code, r.name]));
    b.forEach((r, i) => {
      expect(Math.abs(r.ell - a[i]!.ell)).toBeLessThanOrEqual(Math.max(1e-7 * r.ell, 0.001));
      expect(JSON.parse(r.attrs_json)['备注说明']).toBe(JSON.parse(a[i]!.attrs_json)['备注说明']);
      if (format !== 'kml') expect(r.reg).toBeCloseTo(a[i]!.reg, 6);
    });
  });
});

describe('joining a household list', () => {
  it('previews unmatched rows without writing, then links households to parcels by parcel code', async () => {
    const api = project();
    await importFile(api, shapefile([0, 1].map((i) => parcel(i))));
    const village = api.project.db.prepare(`INSERT INTO villages VALUES ('371722104001', '王桥村', '谢集镇', '单县', '2027-12-31')`);
    api.project.write('tester', ({ db, audit }) => {
      village.run();
      db.prepare(`INSERT INTO village_groups VALUES (?, '371722104001', '一组')`).run(GROUP);
      audit({ action: 'test', entity: 'village', entityId: null });
    });
    const dir = mkdtempSync(join(tmpdir(), 'landlink-csv-'));
    const csv = join(dir, 'households.csv');
    writeFileSync(csv, `\uFEFF地块代码,承包方代码,承包方名称,证件号码\n${GROUP}00001,${GROUP}0001,王建国,372922196503120011\n${GROUP}00002,${GROUP}0001,王建国,\n${GROUP}09999,${GROUP}0002,李四,\n`);
    const input = {
      source: { kind: 'path', path: csv },
      key: { by: 'parcelCode', field: '地块代码' },
      fields: { householdCode: '承包方代码', headName: '承包方名称' },
    };
    const preview = await call<{ matched: number; unmatched: { record: number; reason: string }[] }>(api, 'import.joinTable', input);
    expect(preview.matched).toBe(2);
    expect(preview.unmatched).toEqual([expect.objectContaining({ record: 3, reason: expect.stringContaining(`${GROUP}09999`) })]);
    expect(api.project.db.prepare('SELECT count(*) AS n FROM households').get()).toEqual({ n: 0 });
    const applied = await call<{ householdsCreated: number; parcelsLinked: number }>(api, 'import.joinTable', { ...input, apply: true });
    expect(applied).toMatchObject({ householdsCreated: 1, parcelsLinked: 2 });
    expect(api.project.db.prepare('SELECT count(*) AS n FROM parcels WHERE household_id IS NOT NULL').get()).toEqual({ n: 2 });
  });
});

describe('uploads for the browser', () => {
  it('accepts the parts of a Shapefile in chunks and reports them by their own names', async () => {
    const api = project();
    const shp = shapefile([parcel(0), parcel(1)]);
    const parts = ['.shp', '.shx', '.dbf', '.prj', '.cpg'].map((ext) => ({ name: `parcels${ext}`, bytes: readFileSync(shp.replace(/\.shp$/, ext)) }));
    const { stagingId } = await call<{ stagingId: string }>(api, 'staging.begin', { files: parts.map((p) => ({ name: p.name, size: p.bytes.length })) });
    for (const p of parts) {
      for (let offset = 0; offset < p.bytes.length; offset += 100) {
        await call(api, 'staging.put', { stagingId, name: p.name, offset, data: p.bytes.subarray(offset, offset + 100).toString('base64') });
      }
    }
    const source = { kind: 'staged', stagingId };
    const insp = await call<Inspection>(api, 'import.inspect', { source });
    expect(insp.file).toBe('parcels.shp');
    const { jobId } = await call<{ jobId: string }>(api, 'import.start', { source, target: 'parcels', mapping: insp.mapping });
    expect((await api.jobs.wait(jobId)).result).toMatchObject({ committed: true, imported: 2, file: 'parcels.shp' });
  });

  it('refuses chunks out of order, unannounced files and names with a path', async () => {
    const api = project();
    const { stagingId } = await call<{ stagingId: string }>(api, 'staging.begin', { files: [{ name: 'a.geojson', size: 10 }] });
    const put = (name: string, offset: number) => api.dispatch('staging.put', { stagingId, name, offset, data: 'AAAA' }, { actor: 'tester' });
    expect(await put('a.geojson', 5)).toMatchObject({ ok: false, error: { issues: [{ path: 'offset' }] } });
    expect(await put('b.geojson', 0)).toMatchObject({ ok: false, error: { issues: [{ path: 'name' }] } });
    expect(await api.dispatch('staging.begin', { files: [{ name: '../x.shp', size: 1 }] }, { actor: 'tester' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'files.0.name' }] },
    });
    expect(await api.dispatch('import.inspect', { source: { kind: 'staged', stagingId } }, { actor: 'tester' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/incomplete/) },
    });
  });
});

describe('the registered-area unit', () => {
  it('is read from the values when the field name does not say it', async () => {
    const api = project();
    const dir = mkdtempSync(join(tmpdir(), 'landlink-shp-'));
    const path = join(dir, 'cut.shp');
    writeShapefile(path, {
      name: 'cut',
      srsId: 4527,
      fields: [{ name: 'code', type: 'string' }, { name: 'registered', type: 'number' }],
      features: [0, 1, 2].map((i) => ({ geometry: parcel(i).geometry, attrs: { code: `${GROUP}${String(i + 1).padStart(5, '0')}`, registered: 1990 + i } })),
    });
    const insp = await call<Inspection>(api, 'import.inspect', { source: { kind: 'path', path } });
    expect(insp.mapping).toMatchObject({ fields: { registeredArea: 'registered' }, registeredAreaUnit: 'm2' });
  });
});
