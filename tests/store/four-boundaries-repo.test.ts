import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoProject } from '../../src/api/project-files';
import { suggestBoundaries } from '../../src/store/four-boundaries-repo';
import { Project } from '../../src/store/project';
import { tempFile } from './fixtures';

const hasOgrinfo = (() => {
  try {
    execFileSync('ogrinfo', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe('suggestBoundaries on the demo project', () => {
  let file: string;
  let project: Project;
  let ids: number[];

  beforeAll(() => {
    file = tempFile('demo.gpkg');
    createDemoProject(file, 'test');
    project = Project.open(file, 'test');
    ids = (project.db.prepare(`SELECT fid FROM parcels ORDER BY fid`).all() as { fid: number }[]).map((r) => r.fid);
  });
  afterAll(() => project.close());

  it('gives most demo parcels at least two named sides, from households, roads and ditches', () => {
    const all = suggestBoundaries(project, ids);
    expect(all.map((s) => s.parcelId)).toEqual(ids);
    const sides = all.flatMap((s) => Object.values(s.boundaries));
    const named = all.filter((s) => Object.values(s.boundaries).filter((v) => v !== '').length >= 2).length;
    expect(named / all.length).toBeGreaterThan(0.9);
    expect(sides.some((v) => /号路/.test(v))).toBe(true);
    expect(sides.some((v) => v.includes('沟渠'))).toBe(true);
    expect(sides.filter((v) => v.endsWith('地')).length).toBeGreaterThan(all.length);
  });

  it('labels a neighbouring parcel by its household head, including parcels of the same selection', () => {
    // Two strips that share a long edge: each names the other's household on that side.
    const pair = project.db
      .prepare(
        `SELECT a.fid AS a, b.fid AS b, ha.head_name AS headA, hb.head_name AS headB
         FROM parcels a JOIN parcels b ON b.fid = a.fid + 1
         JOIN households ha ON ha.id = a.household_id JOIN households hb ON hb.id = b.household_id
         WHERE ha.head_name <> hb.head_name ORDER BY a.fid`,
      )
      .all() as { a: number; b: number; headA: string; headB: string }[];
    const touching = pair.find((p) => {
      const [sa, sb] = suggestBoundaries(project, [p.a, p.b]);
      return Object.values(sa!.boundaries).some((v) => v.includes(`${p.headB}地`)) && Object.values(sb!.boundaries).some((v) => v.includes(`${p.headA}地`));
    });
    expect(touching).toBeDefined();
  });

  it.skipIf(!hasOgrinfo)('names only features GDAL (SpatiaLite ST_Distance) finds within the 1 m tolerance', () => {
    const sample = ids.filter((_, i) => i % 150 === 0);
    for (const [i, s] of suggestBoundaries(project, sample).entries()) {
      const sql = `SELECT 'p' AS k, b.fid AS f FROM parcels a, parcels b WHERE a.fid = ${sample[i]} AND b.fid <> a.fid AND ST_Distance(a.geom, b.geom) <= 1
        UNION ALL SELECT 'l', l.fid FROM parcels a, linear_features l WHERE a.fid = ${sample[i]} AND ST_Distance(a.geom, l.geom) <= 1
        UNION ALL SELECT 'h', h.fid FROM parcels a, homesteads h WHERE a.fid = ${sample[i]} AND ST_Distance(a.geom, h.geom) <= 1`;
      const out = execFileSync('ogrinfo', ['-q', '-ro', file, '-dialect', 'SQLite', '-sql', sql], { encoding: 'utf8' });
      // The query's fid column becomes the feature id; k says which table it came from.
      const found = [...out.matchAll(/OGRFeature\(SELECT\):(\d+)\s+k \(String\) = (p|l|h)/g)].map(([, fid, k]) => {
        if (k === 'h') return '宅基地';
        if (k === 'l') {
          const r = project.db.prepare(`SELECT kind, name FROM linear_features WHERE fid = ?`).get(Number(fid)) as { kind: string; name: string };
          return r.kind === 'ditch' ? '沟渠' : r.name;
        }
        const r = project.db.prepare(`SELECT h.head_name AS head FROM parcels p LEFT JOIN households h ON h.id = p.household_id WHERE p.fid = ?`).get(Number(fid)) as { head: string };
        return `${r.head}地`;
      });
      const ours = Object.values(s.boundaries).flatMap((v) => v.split('、')).filter((v) => v !== '');
      expect(ours.length).toBeGreaterThanOrEqual(2);
      for (const label of ours) expect(found).toContain(label);
    }
  });

  it('refuses a parcel id the project does not hold, naming it', () => {
    expect(() => suggestBoundaries(project, [999999])).toThrow(/地块 fid=999999 不在本项目/);
  });
});
