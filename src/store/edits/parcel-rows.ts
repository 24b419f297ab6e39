import type Database from 'better-sqlite3';
import type { AreaGeometry } from '../../domain/geometry';
import { farmlandTest, featureAreas } from '../feature-areas';
import { decodeGeometry, encodeGeometry } from '../gpkg/geometry-blob';

/**
 * Whole parcel rows as an edit records them: every column, the geometry blob as base64, so an undo
 * writes back the same fid and the same bytes. Columns are read from the table, not listed here, so
 * a column added later is kept too.
 */
export type ParcelSnapshot = Record<string, string | number | null>;

export function snapshotParcels(db: Database.Database, fids: readonly number[]): ParcelSnapshot[] {
  const stmt = db.prepare(`SELECT * FROM parcels WHERE fid = ?`);
  return fids.map((fid) => {
    const row = stmt.get(fid) as Record<string, unknown> | undefined;
    if (!row) throw new Error(`parcel ${fid} not found`);
    return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('base64') : (v as string | number | null)]));
  });
}

export function restoreParcels(db: Database.Database, rows: readonly ParcelSnapshot[]): void {
  for (const row of rows) {
    const cols = Object.keys(row);
    const values = cols.map((c) => (c === 'geom' && typeof row[c] === 'string' ? Buffer.from(row[c], 'base64') : row[c]));
    db.prepare(`INSERT INTO parcels (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...values);
  }
}

export function deleteParcels(db: Database.Database, fids: readonly number[]): void {
  const stmt = db.prepare(`DELETE FROM parcels WHERE fid = ?`);
  for (const fid of fids) stmt.run(fid);
}

export const snapshotGeometry = (row: ParcelSnapshot): AreaGeometry => ({
  type: 'MultiPolygon',
  coordinates: decodeGeometry(Buffer.from(row.geom as string, 'base64')) as [number, number][][][],
});

/** Geometry-derived columns: blob, both computed areas, the basic-farmland flag. */
export function geometryColumns(db: Database.Database, geom: AreaGeometry, srsId: number) {
  const [ellipsoid, planar] = featureAreas(geom, srsId);
  return {
    geom: encodeGeometry(geom, srsId),
    ellipsoid_area_m2: ellipsoid,
    planar_area_m2: planar,
    basic_farmland: farmlandTest(db)(geom) ? 1 : 0,
  };
}

/** Inserts a parcel from column values (fid assigned by SQLite) and returns its fid. */
export function insertParcel(db: Database.Database, columns: Record<string, unknown>): number {
  const cols = Object.keys(columns).filter((c) => c !== 'fid');
  const info = db
    .prepare(`INSERT INTO parcels (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`)
    .run(Object.fromEntries(cols.map((c) => [c, columns[c]])));
  return Number(info.lastInsertRowid);
}

export function updateParcelGeometry(db: Database.Database, fid: number, columns: ReturnType<typeof geometryColumns>): void {
  db.prepare(
    `UPDATE parcels SET geom = @geom, ellipsoid_area_m2 = @ellipsoid_area_m2, planar_area_m2 = @planar_area_m2,
       basic_farmland = @basic_farmland WHERE fid = @fid`,
  ).run({ ...columns, fid });
}
