import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectData } from '../../src/domain/project-data';
import { runChecks } from '../../src/store/checks-runner';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { countyData } from './synthetic-county';

const OVERLAP_EVERY = 10_007;
const GAP_CLUSTERS = 5;

/** Four parcels sharing vertices round a 2 m × 2 m hole, south of the synthetic county's grid. */
function framedGap(k: number): ProjectData['parcels'] {
  const x = 39390000 + k * 100, y = 3849900;
  const at = (pts: [number, number][]) => [[...pts, pts[0]!].map(([dx, dy]) => [x + dx, y + dy] as [number, number])];
  const rings = [
    at([[0, 0], [22, 0], [22, 10], [12, 10], [10, 10], [0, 10]]),
    at([[0, 12], [10, 12], [12, 12], [22, 12], [22, 22], [0, 22]]),
    at([[0, 10], [10, 10], [10, 12], [0, 12]]),
    at([[12, 10], [22, 10], [22, 12], [12, 12]]),
  ];
  return rings.map((coordinates, r) => ({
    code: `37172210409901${String(k * 4 + r).padStart(5, '0')}`,
    name: `缝隙${k}-${r}`,
    householdCode: null,
    contractCode: null,
    groupCode: '37172210400101',
    landClass: '0103',
    qualityGrade: 5,
    registeredAreaM2: null,
    geometry: { type: 'Polygon', coordinates },
  }));
}

/**
 * The data checks over a 100k-parcel county: every 10 007th strip is pushed 4 m east onto its
 * neighbour (1 m of overlap) and five 2 m × 2 m gaps are added, so the figures show what was found.
 */
export async function checkBench(n = 100_000): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'landlink-check-bench-'));
  try {
    const data = countyData(n);
    for (let i = OVERLAP_EVERY; i < n; i += OVERLAP_EVERY) {
      const g = data.parcels[i]!.geometry;
      if (g.type === 'Polygon') g.coordinates = g.coordinates.map((r) => r.map(([x, y]) => [x + 4, y] as [number, number]));
    }
    for (let k = 0; k < GAP_CLUSTERS; k++) data.parcels.push(...framedGap(k));
    const project = Project.create(join(dir, 'county.gpkg'), { name: 'check bench', srsId: 4527, synthetic: true }, 'bench');
    try {
      writeProjectData(project, data, 'bench');
      let checkpoints = 0;
      const t0 = performance.now();
      const report = await runChecks(project, {}, { progress() {}, checkpoint: async () => void checkpoints++ });
      const seconds = (performance.now() - t0) / 1000;
      const expected = Math.floor((n - 1) / OVERLAP_EVERY);
      return [
        `checks over ${report.parcels} parcels: ${seconds.toFixed(1)} s (${checkpoints} checkpoints)`,
        `problems by rule: ${Object.entries(report.byRule).map(([rule, count]) => `${rule} ${count}`).join(', ')}`,
        `injected: ${expected} overlaps, ${GAP_CLUSTERS} gaps of 4 m²`,
      ];
    } finally {
      project.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
