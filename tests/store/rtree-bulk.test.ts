import { describe, expect, it } from 'vitest';
import { Project } from '../../src/store/project';
import { encodeGeometry } from '../../src/store/gpkg/geometry-blob';
import { rebuildRtree } from '../../src/store/gpkg/rtree-bulk';
import { rect, tempFile } from './fixtures';

function project(n: number, seed = 7) {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const p = Project.create(tempFile(), { name: 't', srsId: 4527, synthetic: true }, 'tester');
  const ins = p.db.prepare(`INSERT INTO parcels (geom, code, name, land_class, ellipsoid_area_m2) VALUES (?, ?, '', '0103', 1)`);
  p.db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const g = { type: 'Polygon' as const, coordinates: rect(39400000 + rnd() * 5000, 3860000 + rnd() * 5000, 1 + rnd() * 80, 1 + rnd() * 80) };
      ins.run(encodeGeometry(g, 4527), `c${i}`);
    }
  })();
  return { p, rnd };
}

const windowQuery = (p: Project, table: 'rtree' | 'scan', [x0, y0, x1, y1]: number[]) =>
  (table === 'rtree'
    ? p.db.prepare(`SELECT id FROM rtree_parcels_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ? ORDER BY id`).all(x1, x0, y1, y0)
    : p.db
        .prepare(`SELECT fid AS id FROM parcels WHERE ST_MinX(geom) <= ? AND ST_MaxX(geom) >= ? AND ST_MinY(geom) <= ? AND ST_MaxY(geom) >= ? ORDER BY fid`)
        .all(x1, x0, y1, y0)
  ).map((r) => (r as { id: number }).id);

describe('packing the R-tree in one pass', () => {
  it.each([0, 1, 51, 52, 5000])('gives a tree SQLite accepts and that finds what a full scan finds (%i rows)', (n) => {
    const { p, rnd } = project(n);
    p.db.transaction(() => rebuildRtree(p.db, 'parcels'))();
    expect(p.db.prepare(`SELECT rtreecheck('rtree_parcels_geom') AS r`).get()).toEqual({ r: 'ok' });
    expect(p.db.prepare('SELECT count(*) AS n FROM rtree_parcels_geom').get()).toEqual({ n });
    for (let i = 0; i < 30; i++) {
      const x = 39400000 + rnd() * 5000;
      const y = 3860000 + rnd() * 5000;
      const box = [x, y, x + rnd() * 400, y + rnd() * 400];
      // The R-tree stores float32 boxes rounded outwards, so it may return a few more, never fewer.
      const scan = windowQuery(p, 'scan', box);
      const tree = windowQuery(p, 'rtree', box);
      expect(tree).toEqual(expect.arrayContaining(scan));
      expect(tree.length - scan.length).toBeLessThanOrEqual(2);
    }
    p.close();
  });

  it('keeps working with the triggers for later inserts and deletes', () => {
    const { p } = project(3000);
    p.db.transaction(() => rebuildRtree(p.db, 'parcels'))();
    p.db.exec(`DELETE FROM parcels WHERE fid % 3 = 0`);
    p.db.prepare(`INSERT INTO parcels (geom, code, name, land_class, ellipsoid_area_m2) VALUES (?, 'x', '', '0103', 1)`)
      .run(encodeGeometry({ type: 'Polygon', coordinates: rect(39401000, 3861000, 10, 10) }, 4527));
    expect(p.db.prepare(`SELECT rtreecheck('rtree_parcels_geom') AS r`).get()).toEqual({ r: 'ok' });
    expect(p.db.prepare('SELECT count(*) AS n FROM rtree_parcels_geom').get()).toEqual(p.db.prepare('SELECT count(*) AS n FROM parcels').get());
    p.close();
  });

  it('leaves SQLite defensive mode on afterwards', () => {
    const { p } = project(10);
    p.db.transaction(() => rebuildRtree(p.db, 'parcels'))();
    expect(() => p.db.exec(`DELETE FROM rtree_parcels_geom_node`)).toThrow(/may not be modified/);
    p.close();
  });
});
