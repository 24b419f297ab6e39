import { describe, expect, it } from 'vitest';
import { CheckReportSchema } from '../../src/domain/check-report';
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
      expect(report.byRule).toEqual({ overlap: 1, gap: 0, sliver: 0, 'self-intersection': 0, 'area-mismatch': 0, 'duplicate-code': 1, 'code-format': 1 });
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
      expect(new Set(phases)).toEqual(new Set(['indexing', 'overlap', 'gap', 'sliver', 'self-intersection', 'area-mismatch', 'duplicate-code', 'code-format']));

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
});
