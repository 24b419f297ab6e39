import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listGpkgLayers } from '../../../src/io/geopackage/gpkg-layers';
import { readGpkgLayer } from '../../../src/io/geopackage/gpkg-reader';
import { createGpkgCore, ensureSrs } from '../../../src/store/gpkg/core';
import { tempDir } from './fixtures';

const FIXTURE = fileURLToPath(new URL('../../fixtures/parcels_zone39.gpkg', import.meta.url));

const SQUARE = [
  [39415140.5, 3850274.25],
  [39415165.5, 3850274.25],
  [39415165.5, 3850299.25],
  [39415140.5, 3850274.25],
];

/** ISO or EWKB polygon WKB with `dims` numbers per position (extra ones are Z/M filler). */
function polygonWkb(le: boolean, type: number, rings: number[][][], dims = 2): Buffer {
  const size = 9 + rings.reduce((n, r) => n + 4 + r.length * dims * 8, 0);
  const b = Buffer.alloc(size);
  let o = 0;
  b.writeUInt8(le ? 1 : 0, o++);
  le ? b.writeUInt32LE(type >>> 0, o) : b.writeUInt32BE(type >>> 0, o);
  le ? b.writeUInt32LE(rings.length, o + 4) : b.writeUInt32BE(rings.length, o + 4);
  o += 8;
  for (const ring of rings) {
    le ? b.writeUInt32LE(ring.length, o) : b.writeUInt32BE(ring.length, o);
    o += 4;
    for (const p of ring) for (let d = 0; d < dims; d++, o += 8) le ? b.writeDoubleLE(p[d] ?? 7, o) : b.writeDoubleBE(p[d] ?? 7, o);
  }
  return b;
}

function multiWkb(type: number, parts: Buffer[]): Buffer {
  const head = Buffer.alloc(9);
  head.writeUInt8(1, 0);
  head.writeUInt32LE(type, 1);
  head.writeUInt32LE(parts.length, 5);
  return Buffer.concat([head, ...parts]);
}

/** GeoPackage blob header without envelope (flags: byte order bit only, or the empty bit). */
function blob(wkb: Buffer, srsId: number, flags = 1): Buffer {
  const h = Buffer.alloc(8);
  h.write('GP', 0, 'ascii');
  h.writeUInt8(flags, 3);
  h.writeInt32LE(srsId, 4);
  return Buffer.concat([h, wkb]);
}

/** A GeoPackage as another program might write it: its own srs_id numbering, any column types. */
function foreignGpkg(tables: { name: string; srsId: number; rows: [number | bigint, Buffer | null, ...unknown[]][] }[], columns = 'code INTEGER, note TEXT') {
  const path = join(tempDir(), 'foreign.gpkg');
  const db = new Database(path);
  createGpkgCore(db);
  ensureSrs(db, 4548);
  db.exec(`INSERT INTO gpkg_spatial_ref_sys VALUES ('my zone', 100, 'epsg', 4548, 'PROJCS["x"]', NULL);
           INSERT INTO gpkg_spatial_ref_sys VALUES ('Pseudo-Mercator', 3857, 'EPSG', 3857, 'PROJCS["y"]', NULL);`);
  for (const t of tables) {
    db.exec(`CREATE TABLE "${t.name}" (id INTEGER PRIMARY KEY, shape POLYGON, ${columns})`);
    db.prepare(`INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES (?, 'features', ?)`).run(t.name, t.srsId);
    db.prepare(`INSERT INTO gpkg_geometry_columns VALUES (?, 'shape', 'POLYGON', ?, 0, 0)`).run(t.name, t.srsId);
    const insert = db.prepare(`INSERT INTO "${t.name}" VALUES (${t.rows[0]!.map(() => '?').join(', ')})`);
    for (const r of t.rows) insert.run(...r);
  }
  db.close();
  return path;
}

describe('listGpkgLayers', () => {
  it('lists the feature table of the shared parcels GeoPackage with its count, type and srs', () => {
    expect(listGpkgLayers(FIXTURE)).toEqual([{ name: 'parcels', featureCount: 13, geometryType: 'POLYGON', srsId: 4527 }]);
  });

  it('throws an error naming a file that is not a GeoPackage', () => {
    const path = join(tempDir(), 'plain.sqlite');
    new Database(path).exec('CREATE TABLE t (a)');
    expect(() => listGpkgLayers(path)).toThrow(/plain\.sqlite.*不是 GeoPackage/);
  });
});

describe('readGpkgLayer', () => {
  it('reads the shared parcels with their zone-39 CRS, exact 19-digit codes and polygon rings', () => {
    const layer = readGpkgLayer(FIXTURE);
    expect(layer.problems).toEqual([]);
    expect(layer.crs).toMatchObject({ srsId: 4527, how: 'gpkg', swapped: false });
    expect(layer.fields).toEqual([
      { name: 'dkbm', type: 'string' },
      { name: 'dkmc', type: 'string' },
      { name: 'mj_mu', type: 'number' },
    ]);
    expect(layer.features).toHaveLength(13);
    expect(layer.features[0]!.record).toBe(1);
    expect(layer.features[0]!.attrs.dkbm).toBe('3717220010000000001');
    const ring = (layer.features[0]!.geometry!.coordinates as number[][][])[0]!;
    expect(ring[0]![0]).toBeGreaterThan(39_000_000);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('decodes big-endian, Z, M, ZM and EWKB polygons and keeps only x and y', () => {
    const path = foreignGpkg([
      {
        name: 'mixed',
        srsId: 100,
        rows: [
          [1, blob(polygonWkb(false, 3, [SQUARE]), 100), 1, 'be'],
          [2, blob(polygonWkb(true, 1003, [SQUARE], 3), 100), 2, 'iso z'],
          [3, blob(polygonWkb(true, 0x80000003, [SQUARE], 3), 100), 3, 'ewkb z'],
          [4, blob(multiWkb(3006, [polygonWkb(true, 3003, [SQUARE], 4), polygonWkb(true, 3003, [SQUARE], 4)]), 100), 4, 'zm multi'],
          [5, blob(polygonWkb(true, 2003, [SQUARE], 3), 100), 5, 'iso m'],
        ],
      },
    ]);
    const layer = readGpkgLayer(path);
    expect(layer.problems).toEqual([]);
    expect(layer.crs.srsId).toBe(4548);
    for (const f of layer.features.filter((f) => f.geometry!.type === 'Polygon')) expect(f.geometry!.coordinates).toEqual([SQUARE]);
    expect(layer.features[3]!.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[SQUARE], [SQUARE]] });
  });

  it('keeps records with empty, null or non-polygon geometry in place as problems naming the fid', () => {
    const point = Buffer.from('0101000000000000000000f03f0000000000000040', 'hex');
    const path = foreignGpkg([
      {
        name: 'bad',
        srsId: 4548,
        rows: [
          [10, blob(polygonWkb(true, 3, []), 4548, 1 | 0x10), 1, 'empty flag'],
          [11, null, 2, 'null'],
          [12, blob(point, 4548), 3, 'point'],
          [13, blob(polygonWkb(true, 3, [SQUARE]), 4548).subarray(0, 40), 4, 'truncated'],
          [14, blob(polygonWkb(true, 3, [SQUARE]), 4548), 5, 'good'],
        ],
      },
    ]);
    const layer = readGpkgLayer(path);
    expect(layer.features.map((f) => f.record)).toEqual([10, 11, 12, 13, 14]);
    expect(layer.features.map((f) => f.geometry === null)).toEqual([true, true, true, true, false]);
    expect(layer.problems.map((p) => [p.record, p.fatal])).toEqual([
      [10, false],
      [11, false],
      [12, false],
      [13, false],
    ]);
    expect(layer.problems[0]!.reason).toContain('空几何');
    expect(layer.problems[2]!.reason).toContain('Point');
    expect(layer.problems[3]!.reason).toContain('截断');
    expect(layer.problems.every((p) => p.file === path)).toBe(true);
  });

  it('reads 19-digit codes stored as INTEGER as exact text instead of rounding them', () => {
    const g = blob(polygonWkb(true, 3, [SQUARE]), 4548);
    const path = foreignGpkg([{ name: 'codes', srsId: 4548, rows: [[1, g, 3717220010000000001n, 'a'], [2, g, 42n, 'b']] }]);
    const layer = readGpkgLayer(path);
    expect(layer.fields[0]).toEqual({ name: 'code', type: 'string' });
    expect(layer.features.map((f) => f.attrs.code)).toEqual(['3717220010000000001', '42']);
  });

  it('asks which table to read when there are several, and reads the one named', () => {
    const g = blob(polygonWkb(true, 3, [SQUARE]), 4548);
    const path = foreignGpkg([
      { name: 'a_layer', srsId: 4548, rows: [[1, g, 1, 'x']] },
      { name: 'b_layer', srsId: 4548, rows: [[1, g, 2, 'y'], [2, g, 3, 'z']] },
    ]);
    const unnamed = readGpkgLayer(path);
    expect(unnamed.problems).toEqual([expect.objectContaining({ fatal: true, record: null, reason: expect.stringMatching(/a_layer.*b_layer/) })]);
    expect(readGpkgLayer(path, { layer: 'b_layer' }).features.map((f) => f.attrs.note)).toEqual(['y', 'z']);
    expect(readGpkgLayer(path, { layer: 'nope' }).problems[0]!.reason).toContain('没有图层「nope」');
  });

  it('refuses an unsupported CRS unless the user names one', () => {
    const g = blob(polygonWkb(true, 3, [SQUARE]), 3857);
    const path = foreignGpkg([{ name: 'merc', srsId: 3857, rows: [[1, g, 1, 'x']] }]);
    const layer = readGpkgLayer(path);
    expect(layer.crs.srsId).toBeNull();
    expect(layer.problems[0]).toMatchObject({ fatal: true, record: null });
    expect(layer.problems[0]!.reason).toContain('EPSG:3857');
    const forced = readGpkgLayer(path, { srsId: 4527 });
    expect(forced.crs).toMatchObject({ srsId: 4527, how: 'given' });
    expect(forced.problems).toEqual([]);
  });

  it('swaps northing-first coordinates into easting-first when it detects them', () => {
    const swappedSquare = SQUARE.map(([x, y]) => [y!, x!]);
    const path = foreignGpkg([{ name: 'ne', srsId: 4548, rows: [[1, blob(polygonWkb(true, 3, [swappedSquare]), 4548), 1, 'x']] }]);
    const layer = readGpkgLayer(path);
    expect(layer.crs.swapped).toBe(true);
    expect(layer.features[0]!.geometry!.coordinates).toEqual([SQUARE]);
    expect(readGpkgLayer(path, { swapXY: false }).features[0]!.geometry!.coordinates).toEqual([swappedSquare]);
  });
});
