import { describe, expect, it } from 'vitest';
import { CHECK_RULE_IDS, CheckReportSchema } from '../../src/domain/check-report';
import { runChecks } from '../../src/store/checks-runner';
import { encodeGeometry } from '../../src/store/gpkg/geometry-blob';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { putSetting } from '../../src/store/settings-repo';
import { rect, smallData, tempFile } from './fixtures';

const X0 = 39402000;
const Y0 = 3860000;

/** The fixture's three adjacent parcels, plus one overlapping the third, one repeating a code and one with a bad code. */
function projectWithProblems(): Project {
  const project = Project.create(tempFile(), { name: 'checks', srsId: 4527, synthetic: true }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  project.write('tester', ({ db, audit }) => {
    const ins = db.prepare(
      `INSERT INTO parcels (geom, code, name, land_class, registered_area_m2, ellipsoid_area_m2) VALUES (?, ?, '测试', '0103', NULL, 0)`,
    );
    const poly = (x: number, w: number) => encodeGeometry({ type: 'Polygon', coordinates: rect(x, Y0, w, 100) }, 4527);
    ins.run(poly(X0 + 59, 20), '3717221040010100009');
    ins.run(poly(X0 + 200, 20), '3717221040010100001');
    ins.run(poly(X0 + 300, 20), '37172210400101-0010');
    audit({ action: 'test', entity: 'parcels', entityId: null });
  });
  return project;
}

describe('runChecks', () => {
  it('reports overlaps, repeated and malformed codes of a project file with lon/lat places for the map', async () => {
    const project = projectWithProblems();
    try {
      const report = CheckReportSchema.parse(await runChecks(project));
      expect(report.parcels).toBe(6);
      expect(report.byRule).toEqual({
        overlap: 1,
        gap: 0,
        sliver: 0,
        'self-intersection': 0,
        'area-mismatch': 0,
        'duplicate-code': 1,
        'code-format': 1,
        'coordinate-range': 0,
        'area-limit': 0,
      });
      expect(report.tolerances.source).toBe('LandLink default');
      expect(report.tolerances.effectiveFrom).toBeNull();
      const overlap = report.problems.find((p) => p.rule === 'overlap')!;
      expect(overlap.codes).toEqual(['3717221040010100003', '3717221040010100009']);
      expect(overlap.measure!).toBeCloseTo(100, 0);
      // About 115.9°E 34.9°N, 1.1° west of zone 39's central meridian.
      expect(overlap.lonLat![0]).toBeGreaterThan(115.8);
      expect(overlap.lonLat![0]).toBeLessThan(116);
      expect(overlap.lonLat![1]).toBeGreaterThan(34.8);
      expect(overlap.lonLat![1]).toBeLessThan(35);
      const [w, s, e, n] = overlap.lonLatBBox!;
      expect(w <= overlap.lonLat![0] && overlap.lonLat![0] <= e && s <= overlap.lonLat![1] && overlap.lonLat![1] <= n).toBe(true);
    } finally {
      project.close();
    }
  });

  it('uses the dated tolerances in force, lets the caller override them and runs only the rules asked for', async () => {
    const project = projectWithProblems();
    try {
      project.write('tester', ({ db, audit }) => {
        putSetting(db, { key: 'check.tolerances', value: { overlapM2: 500 }, effectiveFrom: '2024-01-01', source: '县局通知 2024-3' });
        audit({ action: 'setting', entity: 'settings', entityId: 'check.tolerances' });
      });
      const stored = await runChecks(project, { rules: ['overlap'] });
      expect(stored.rules).toEqual(['overlap']);
      expect(stored.byRule).toEqual({ overlap: 0 });
      expect(stored.tolerances).toMatchObject({ source: '县局通知 2024-3', effectiveFrom: '2024-01-01', overridden: [] });
      const overridden = await runChecks(project, { rules: ['overlap'], tolerances: { overlapM2: 1 } });
      expect(overridden.byRule).toEqual({ overlap: 1 });
      expect(overridden.tolerances.value.overlapM2).toBe(1);
      expect(overridden.tolerances.value.gapM2).toBe(5);
      expect(overridden.tolerances.overridden).toEqual(['overlapM2']);
    } finally {
      project.close();
    }
  });

  it('publishes progress per phase and stops when a checkpoint throws', async () => {
    const project = projectWithProblems();
    try {
      const phases: string[] = [];
      await runChecks(project, {}, { progress: (phase) => phases.push(phase), checkpoint: async () => {} });
      expect(new Set(phases)).toEqual(new Set(['indexing', ...CHECK_RULE_IDS]));

      let calls = 0;
      const seen: string[] = [];
      const cancelled = runChecks(project, {}, {
        progress: (phase) => seen.push(phase),
        checkpoint: async () => {
          if (++calls === 2) throw new Error('cancelled by the user');
        },
      });
      await expect(cancelled).rejects.toThrow('cancelled by the user');
      expect(seen).not.toContain('gap');
    } finally {
      project.close();
    }
  });

  it('flags a stored vertex out of range without placing it on the map, and a parcel above the dated area limit', async () => {
    const project = Project.create(tempFile(), { name: 'checks', srsId: 4527, synthetic: true }, 'tester');
    try {
      writeProjectData(project, smallData(), 'tester');
      project.write('tester', ({ db, audit }) => {
        const ins = db.prepare(`INSERT INTO parcels (geom, code, name, land_class, group_code, ellipsoid_area_m2) VALUES (?, ?, '旧文件', '0103', '37172210400101', 0)`);
        // Eastings without the zone prefix in a zone-prefixed layer, as a file written before the range check could hold.
        ins.run(encodeGeometry({ type: 'Polygon', coordinates: rect(540_000, 3_860_000, 30, 30) }, 4527), '3717221040010100007');
        // 1200 m × 1000 m = 1800 亩, above the default limit of 1000 亩.
        ins.run(encodeGeometry({ type: 'Polygon', coordinates: rect(X0, Y0 + 2000, 1200, 1000) }, 4527), '3717221040010100008');
        audit({ action: 'test', entity: 'parcels', entityId: null });
      });
      const report = CheckReportSchema.parse(await runChecks(project));
      const outside = report.problems.find((p) => p.rule === 'coordinate-range')!;
      expect(outside).toMatchObject({ severity: 'error', codes: ['3717221040010100007'], lonLat: null, lonLatBBox: null });
      expect(outside.message).toContain('第 1 个面第 1 环第 1 个顶点的东坐标 540000 不符合 EPSG:4527');
      const large = report.problems.filter((p) => p.rule === 'area-limit');
      expect(large.map((p) => p.codes[0])).toEqual(['3717221040010100008']);
      expect(large[0]!.message).toMatch(/1[78]\d\d\.\d\d 亩超过承包地块面积上限 1000 亩/);
      expect(large[0]!.lonLat![0]).toBeCloseTo(115.9, 0);
    } finally {
      project.close();
    }
  });
});
