import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../../src/domain/geometry';
import { ellipsoidalArea } from '../../../src/geo/ellipsoidal-area';
import { EditRefused } from '../../../src/geo/edit/edit-refused';
import { listEdits, redoEdit, undoEdit } from '../../../src/store/edits/edit-log';
import { parcelLineage } from '../../../src/store/edits/lineage-repo';
import { createParcel, cutParcelHole, reshapeParcel } from '../../../src/store/edits/parcel-edits';
import { mergeParcels, splitParcel } from '../../../src/store/edits/split-merge';
import { decodeGeometry } from '../../../src/store/gpkg/geometry-blob';
import { Project } from '../../../src/store/project';
import { writeProjectData } from '../../../src/store/project-data-writer';
import { putSetting } from '../../../src/store/settings-repo';
import { rect, smallData, tempFile } from '../fixtures';

const X = 39402000;
const Y = 3860000;
const GROUP = '37172210400101';

function open() {
  const file = tempFile();
  const project = Project.create(file, { name: 't', srsId: 4527, synthetic: true }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  return { file, project };
}

/** Everything an edit may touch, geometry as hex, for before/after comparisons. */
function dump(p: Project) {
  const q = (sql: string) => p.db.prepare(sql).all();
  return {
    parcels: q(`SELECT fid, hex(geom) AS g, * FROM parcels ORDER BY fid`).map((r) => ({ ...(r as object), geom: undefined })),
    rtree: q(`SELECT * FROM rtree_parcels_geom ORDER BY id`),
    lineage: q(`SELECT * FROM parcel_lineage ORDER BY id`),
    extent: q(`SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'parcels'`),
  };
}
const count = (p: Project, sql: string) => (p.db.prepare(sql).get() as { n: number }).n;
const area = (p: Project, fid: number) => {
  const row = p.db.prepare(`SELECT geom FROM parcels WHERE fid = ?`).get(fid) as { geom: Buffer };
  return ellipsoidalArea({ type: 'MultiPolygon', coordinates: decodeGeometry(row.geom) as [number, number][][][] }, 4527);
};
const hasOgr = (() => {
  try {
    execFileSync('ogrinfo', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe('splitting a parcel', () => {
  it('replaces it with pieces carrying new codes, split registered areas, lineage, an edit and an audit row', () => {
    const { file, project } = open();
    const r = splitParcel(project, 1, { line: [[X + 8, Y - 5], [X + 8, Y + 105]] }, 'tester');
    expect(r.removed).toEqual([{ id: 1, code: `${GROUP}00001` }]);
    expect(r.parcels.map((p) => p.code)).toEqual([`${GROUP}00004`, `${GROUP}00005`]);
    expect(r.parcels.every((p) => p.name === '东大地1' && p.household?.headName === '王建国' && p.basicFarmland)).toBe(true);
    const reg = r.parcels.map((p) => p.areas.registeredM2!);
    expect(reg[0]! + reg[1]!).toBe(2000);
    expect(reg[0]! / 2000).toBeCloseTo(r.parcels[0]!.areas.ellipsoidM2 / r.coverage.originalM2, 10);
    expect(count(project, `SELECT count(*) AS n FROM parcels WHERE fid = 1`)).toBe(0);
    const lineage = project.db.prepare(`SELECT child_code, parent_fid, parent_code, kind, actor, edit_id FROM parcel_lineage ORDER BY id`).all();
    expect(lineage).toEqual(r.parcels.map((p) => ({ child_code: p.code, parent_fid: 1, parent_code: `${GROUP}00001`, kind: 'split', actor: 'tester', edit_id: r.editId })));
    expect(listEdits(project, 5)).toMatchObject([{ id: r.editId, kind: 'split', undone: false }]);
    expect(count(project, `SELECT count(*) AS n FROM audit_log WHERE action = 'edit.split'`)).toBe(1);
    project.close();
    if (hasOgr) expect(execFileSync('ogrinfo', ['-so', file, 'parcels'], { encoding: 'utf8' })).toMatch(/Feature Count: 4/);
  });

  it('splits by official areas within 1e-4 m², the pieces summing to the parcel', () => {
    const { project } = open();
    const r = splitParcel(project, 2, { areasM2: [500, 733.3333] }, 'tester');
    expect(r.parcels).toHaveLength(3);
    expect(Math.abs(area(project, r.parcels[0]!.id) - 500)).toBeLessThanOrEqual(1e-4);
    expect(Math.abs(area(project, r.parcels[1]!.id) - 733.3333)).toBeLessThanOrEqual(1e-4);
    const sum = r.parcels.reduce((s, p) => s + p.areas.ellipsoidM2, 0);
    expect(Math.abs(sum - r.coverage.originalM2)).toBeLessThanOrEqual(Math.max(1e-6 * sum, 0.01));
    project.close();
  });

  it('leaves the file unchanged when the split is refused', () => {
    const { project } = open();
    const before = dump(project);
    const audits = count(project, `SELECT count(*) AS n FROM audit_log`);
    expect(() => splitParcel(project, 1, { line: [[X + 500, Y], [X + 500, Y + 100]] }, 'tester')).toThrow(EditRefused);
    expect(() => splitParcel(project, 1, { areasM2: [5000] }, 'tester')).toThrow(/more than the parcel/);
    expect(dump(project)).toEqual(before);
    expect(count(project, `SELECT count(*) AS n FROM audit_log`)).toBe(audits);
    expect(count(project, `SELECT count(*) AS n FROM edits`)).toBe(0);
    project.close();
  });
});

describe('merging parcels', () => {
  it('merges neighbours into one parcel with summed registered area, refuses parcels apart', () => {
    const { project } = open();
    const before = dump(project);
    expect(() => mergeParcels(project, [1, 3], 'tester')).toThrow(/do not share a boundary/);
    expect(dump(project)).toEqual(before);
    const r = mergeParcels(project, [1, 2], 'tester');
    expect(r.parcels).toHaveLength(1);
    expect(r.parcels[0]!.areas.registeredM2).toBe(4000);
    expect(r.parcels[0]!.code).toBe(`${GROUP}00004`);
    expect(Math.abs(r.parcels[0]!.areas.ellipsoidM2 - r.coverage.piecesM2)).toBeLessThanOrEqual(0.01);
    project.close();
  });

  it('traces a merged parcel back through the split it came from', () => {
    const { project } = open();
    const split = splitParcel(project, 1, { line: [[X + 8, Y - 5], [X + 8, Y + 105]] }, 'tester');
    const east = split.parcels.find((p) => p.areas.ellipsoidM2 > 1000)!;
    const merged = mergeParcels(project, [east.id, 2], 'tester').parcels[0]!;
    const lineage = parcelLineage(project, merged.id);
    expect(lineage.ancestors.map((e) => [e.generation, e.parent!.code, e.kind])).toEqual([
      [1, east.code, 'merge'],
      [1, `${GROUP}00002`, 'merge'],
      [2, `${GROUP}00001`, 'split'],
    ]);
    expect(parcelLineage(project, 1).descendants.map((e) => [e.generation, e.child.code])).toEqual([
      [1, split.parcels[0]!.code],
      [1, split.parcels[1]!.code],
      [2, merged.code],
    ]);
    project.close();
  });
});

describe('undo and redo', () => {
  it('restore identical rows, and a new edit discards the redo stack', () => {
    const { project } = open();
    const original = dump(project);
    const r = mergeParcels(project, [1, 2], 'tester');
    const merged = dump(project);
    expect(undoEdit(project, 'tester')).toMatchObject({ editId: r.editId, kind: 'merge', restoredIds: [1, 2] });
    expect(dump(project)).toEqual(original);
    expect(redoEdit(project, 'tester')).toMatchObject({ editId: r.editId, removedIds: [1, 2] });
    expect(dump(project)).toEqual(merged);
    expect(redoEdit(project, 'tester')).toBeNull();
    undoEdit(project, 'tester');
    reshapeParcel(project, 3, { type: 'Polygon', coordinates: rect(X + 40, Y, 25, 100) }, 'tester');
    expect(redoEdit(project, 'tester')).toBeNull();
    expect(listEdits(project, 10).map((e) => e.kind)).toEqual(['reshape']);
    undoEdit(project, 'tester');
    expect(dump(project)).toEqual(original);
    expect(undoEdit(project, 'tester')).toBeNull();
    expect(count(project, `SELECT count(*) AS n FROM audit_log WHERE action IN ('edit.undo', 'edit.redo')`)).toBe(4);
    project.close();
  });

  it('refuses to undo an edit whose parcels changed since', () => {
    const { project } = open();
    reshapeParcel(project, 3, { type: 'Polygon', coordinates: rect(X + 40, Y, 25, 100) }, 'tester');
    project.write('tester', ({ db, audit }) => {
      db.prepare(`UPDATE parcels SET name = '改名' WHERE fid = 3`).run();
      audit({ action: 'update', entity: 'parcel', entityId: '3' });
    });
    expect(() => undoEdit(project, 'tester')).toThrow(/changed after edit/);
    project.close();
  });
});

describe('drawing, reshaping and cutting holes', () => {
  it('snaps a reshaped outline onto its neighbour within the dated tolerance', () => {
    const { project } = open();
    const drawn: AreaGeometry = { type: 'Polygon', coordinates: [[[X + 40.003, Y - 0.002], [X + 70, Y], [X + 70, Y + 100], [X + 39.998, Y + 100.004], [X + 40.003, Y - 0.002]]] };
    const { parcel } = reshapeParcel(project, 3, drawn, 'tester');
    const ring = decodeGeometry((project.db.prepare(`SELECT geom FROM parcels WHERE fid = 3`).get() as { geom: Buffer }).geom)[0]![0]!;
    expect(ring[0]).toEqual([X + 40, Y]);
    expect(ring[3]).toEqual([X + 40, Y + 100]);
    expect(parcel.areas.planarM2).toBeCloseTo(3000, 9);
    project.write('tester', ({ db, audit }) => {
      putSetting(db, { key: 'edit.snapToleranceM', value: 0.001, effectiveFrom: '2000-01-01', source: 'test' });
      audit({ action: 'setting', entity: 'setting', entityId: 'edit.snapToleranceM' });
    });
    reshapeParcel(project, 3, drawn, 'tester');
    const unsnapped = decodeGeometry((project.db.prepare(`SELECT geom FROM parcels WHERE fid = 3`).get() as { geom: Buffer }).geom)[0]![0]!;
    expect(unsnapped[0]).toEqual([X + 40.003, Y - 0.002]);
    project.close();
  });

  it('refuses an invalid outline and leaves the parcel as it was', () => {
    const { project } = open();
    const before = dump(project);
    const bowtie: AreaGeometry = { type: 'Polygon', coordinates: [[[X + 40, Y], [X + 60, Y + 100], [X + 60, Y], [X + 40, Y + 100], [X + 40, Y]]] };
    expect(() => reshapeParcel(project, 3, bowtie, 'tester')).toThrow(/not a valid polygon/);
    expect(dump(project)).toEqual(before);
    project.close();
  });

  it('cuts a hole, reducing the official area by the hole’s', () => {
    const { project } = open();
    const before = area(project, 2);
    const { parcel } = cutParcelHole(project, 2, [[X + 25, Y + 10], [X + 35, Y + 10], [X + 35, Y + 20], [X + 25, Y + 20]], 'tester');
    const hole = ellipsoidalArea({ type: 'Polygon', coordinates: rect(X + 25, Y + 10, 10, 10) }, 4527);
    expect(parcel.areas.ellipsoidM2).toBeCloseTo(before - hole, 6);
    expect(parcelLineage(project, 2).own).toMatchObject([{ kind: 'hole', child: { id: 2 }, parent: { id: 2 } }]);
    project.close();
  });

  it('draws a new parcel numbered next in its group', () => {
    const { project } = open();
    const { parcel } = createParcel(project, { geometry: { type: 'Polygon', coordinates: rect(X + 60, Y, 20, 100) }, name: '新地', landClass: '0103', groupCode: GROUP }, 'tester');
    expect(parcel).toMatchObject({ code: `${GROUP}00004`, name: '新地', group: { code: GROUP }, basicFarmland: false });
    expect(() => createParcel(project, { geometry: { type: 'Polygon', coordinates: rect(X + 90, Y, 20, 100) }, name: 'x', landClass: '0103' }, 'tester')).toThrow(/needs a 地块代码/);
    project.close();
  });
});
