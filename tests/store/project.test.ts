import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit';
import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations';
import { findParcelByCode, getParcel, parcelsAt, updateParcel } from '../../src/store/parcels-repo';
import { Project, ProjectError } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { projectInfo } from '../../src/store/project-info';
import { toLonLatConverter } from '../../src/geo/crs';
import { smallData, tempFile } from './fixtures';

const meta = { name: 'test', srsId: 4527, synthetic: false };

function withData() {
  const file = tempFile();
  const project = Project.create(file, meta, 'tester');
  writeProjectData(project, smallData(), 'tester');
  return { file, project };
}

describe('the project file', () => {
  it('is a GeoPackage that GDAL lists with features and an R-tree index, and that validate_gpkg accepts', () => {
    const { file, project } = withData();
    project.close();
    const listing = execFileSync('ogrinfo', ['-so', '-al', file], { encoding: 'utf8' });
    expect(listing).toMatch(/Layer name: parcels[\s\S]*Feature Count: 3/);
    expect(listing).toMatch(/Layer name: basic_farmland[\s\S]*Feature Count: 1/);
    expect(listing).toContain('CGCS2000 / 3-degree Gauss-Kruger zone 39');
    const spatial = execFileSync('ogrinfo', ['-q', file, '-sql', "SELECT HasSpatialIndex('parcels', 'geom')"], { encoding: 'utf8' });
    expect(spatial).toMatch(/HasSpatialIndex \(Integer\) = 1/);
    execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', file], { encoding: 'utf8' });
  });

  it('runs in WAL mode with foreign keys on and records its migrations', () => {
    const { project } = withData();
    expect(project.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(project.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(project.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    project.close();
  });

  it('refuses a file written by a newer schema with a clear message', () => {
    const { file, project } = withData();
    project.db.prepare(`INSERT INTO landlink_migrations VALUES (?, 'from-the-future', '2030-01-01')`).run(LATEST_SCHEMA_VERSION + 1);
    project.close();
    expect(() => Project.open(file, 'tester')).toThrow(new RegExp(`newer LandLink \\(schema ${LATEST_SCHEMA_VERSION + 1}; this version reads up to ${LATEST_SCHEMA_VERSION}\\)`));
  });

  it('refuses to overwrite an existing file and to open a file that is not a project', () => {
    const { file, project } = withData();
    project.close();
    expect(() => Project.create(file, meta, 'tester')).toThrow(ProjectError);
    const other = tempFile('other.sqlite');
    new Database(other).exec('CREATE TABLE t (x)');
    expect(() => Project.open(other, 'tester')).toThrow(/not a LandLink project/);
    const text = tempFile('notes.gpkg');
    writeFileSync(text, 'hello');
    expect(() => Project.open(text, 'tester')).toThrow();
  });

  it('stores three areas per parcel and flags parcels on permanent basic farmland', () => {
    const { project } = withData();
    const p1 = findParcelByCode(project, '3717221040010100001')!;
    const p3 = findParcelByCode(project, '3717221040010100003')!;
    expect(p1.areas.planarM2).toBeCloseTo(2000, 6);
    expect(p1.areas.registeredM2).toBe(2000);
    // About 1.1° west of the central meridian the plane overstates the ellipsoid by ~150 ppm.
    expect(p1.areas.ellipsoidM2 / p1.areas.planarM2! - 1).toBeLessThan(-1e-4);
    expect(p1.basicFarmland).toBe(true);
    expect(p3.basicFarmland).toBe(false);
    expect(p1.household?.headName).toBe('王建国');
    expect(p1.landClass).toEqual({ code: '0103', name: '旱地' });
    project.close();
  });

  it('finds the parcel under a point through the R-tree and an exact test', () => {
    const { project } = withData();
    const [lon, lat] = toLonLatConverter(4527)([39402030, 3860050]);
    const ids = parcelsAt(project, lon, lat);
    expect(ids.map((id) => getParcel(project, id)!.code)).toEqual(['3717221040010100002']);
    const [lonOut, latOut] = toLonLatConverter(4527)([39402030, 3860150]);
    expect(parcelsAt(project, lonOut, latOut)).toEqual([]);
    project.close();
  });

  it('sums areas before rounding in the project totals', () => {
    const { project } = withData();
    const info = projectInfo(project);
    expect(info.counts).toMatchObject({ parcels: 3, households: 1, members: 1, basicFarmland: 1, linearFeatures: 1 });
    const sum = [1, 2, 3].reduce((s, i) => s + findParcelByCode(project, `371722104001010000${i}`)!.areas.ellipsoidM2, 0);
    expect(info.areas.parcels.ellipsoidM2).toBeCloseTo(sum, 9);
    expect(info.areas.parcelsOnBasicFarmland.count).toBe(2);
    project.close();
  });
});

describe('writes', () => {
  it('commit whole with an audit row naming actor, before and after', () => {
    const { project } = withData();
    const p = findParcelByCode(project, '3717221040010100001')!;
    updateParcel(project, p.id, { name: '西洼地' }, 'planner-li');
    const [last] = listAudit(project.db, 1);
    expect(last).toMatchObject({ actor: 'planner-li', action: 'update', entity: 'parcel', entityId: p.code, before: { name: '东大地1' }, after: { name: '西洼地' } });
    project.close();
  });

  it('leave nothing behind when a record in the middle is bad, and name that record', () => {
    const file = tempFile();
    const project = Project.create(file, meta, 'tester');
    const data = smallData();
    data.parcels[2]!.code = data.parcels[0]!.code;
    expect(() => writeProjectData(project, data, 'tester')).toThrow(/parcels\[2\] \(地块代码 3717221040010100001\)/);
    expect(projectInfo(project).counts).toMatchObject({ parcels: 0, households: 0, villages: 0, basicFarmland: 0 });
    expect(listAudit(project.db, 10).map((a) => a.action)).not.toContain('import');
    project.close();
  });

  it('refuse a transaction that records no audit row', () => {
    const { project } = withData();
    expect(() => project.write('tester', ({ db }) => db.prepare(`UPDATE parcels SET name = 'x'`).run())).toThrow(/audit/);
    expect(findParcelByCode(project, '3717221040010100001')!.name).toBe('东大地1');
    project.close();
  });
});
