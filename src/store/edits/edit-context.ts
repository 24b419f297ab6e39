import type Database from 'better-sqlite3';
import type { AreaGeometry } from '../../domain/geometry';
import { pieceCodes } from '../../domain/edit-policy';
import { ellipsoidalArea } from '../../geo/ellipsoidal-area';
import { checkCoverage } from '../../geo/edit/coverage';
import { EditRefused } from '../../geo/edit/edit-refused';
import { snapToNeighbours } from '../../geo/edit/snap';
import { decodeGeometry } from '../gpkg/geometry-blob';
import { areaLimitRefusal } from '../area-limits-repo';
import type { Project } from '../project';
import { snapToleranceAt } from './edit-settings';

/** Shared steps of the parcel edits: loading, snapping, coverage, codes. */

export class ParcelMissing extends Error {
  constructor(readonly id: number) {
    super(`parcel ${id} not found`);
  }
}

export interface LoadedParcel {
  fid: number;
  row: Record<string, unknown>;
  geometry: AreaGeometry;
}

export function loadParcel(db: Database.Database, id: number): LoadedParcel {
  const row = db.prepare(`SELECT * FROM parcels WHERE fid = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new ParcelMissing(id);
  return { fid: id, row, geometry: { type: 'MultiPolygon', coordinates: decodeGeometry(row.geom as Buffer) as [number, number][][][] } };
}

export const officialArea = (project: Project) => (g: AreaGeometry) => ellipsoidalArea(g, project.meta.srsId);

/** Refuses an edit whose result does not cover what it replaces exactly. */
export function requireCoverage(project: Project, original: AreaGeometry, pieces: readonly AreaGeometry[]) {
  const report = checkCoverage(original, pieces, officialArea(project));
  if (!report.ok) throw new EditRefused(report.reason);
  return report;
}

/** Refuses a parcel drawn, reshaped or merged beyond the dated area limit: a wrong unit or CRS, not a parcel. */
export function requirePlausibleArea(project: Project, geom: AreaGeometry, what: string): void {
  const why = areaLimitRefusal(project, 'contractedParcel', what, officialArea(project)(geom));
  if (why) throw new EditRefused(why);
}

/** Snaps a drawn geometry onto the parcels around it (except `exclude`) within the dated tolerance. */
export function snapToParcels(project: Project, geom: AreaGeometry, exclude: readonly number[]): AreaGeometry {
  const tol = snapToleranceAt(project.db, project.today()).value;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  for (const p of polys) for (const r of p) for (const [x, y] of r) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const rows = project.db
    .prepare(
      `SELECT p.fid, p.geom FROM parcels p JOIN rtree_parcels_geom r ON r.id = p.fid
       WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?`,
    )
    .all(maxX + tol, minX - tol, maxY + tol, minY - tol) as { fid: number; geom: Buffer }[];
  const neighbours = rows
    .filter((r) => !exclude.includes(r.fid))
    .map((r): AreaGeometry => ({ type: 'MultiPolygon', coordinates: decodeGeometry(r.geom) as [number, number][][][] }));
  return snapToNeighbours(geom, neighbours, tol);
}

/** Codes for new parcels derived from `parentCode`, never reusing a code in the layer or its history. */
export function allocateCodes(db: Database.Database, parentCode: string, count: number): string[] {
  const inUse = db.prepare(
    `SELECT 1 FROM parcels WHERE code = @c UNION ALL SELECT 1 FROM parcel_lineage WHERE child_code = @c OR parent_code = @c LIMIT 1`,
  );
  const prefix = parentCode.slice(0, 14);
  const serials = db
    .prepare(
      `SELECT code FROM parcels WHERE substr(code, 1, 14) = @p UNION SELECT child_code FROM parcel_lineage WHERE substr(child_code, 1, 14) = @p`,
    )
    .all({ p: prefix }) as { code: string }[];
  const maxSerial = serials.reduce((m, r) => (/^\d{19}$/.test(r.code) ? Math.max(m, Number(r.code.slice(14))) : m), 0);
  return pieceCodes(parentCode, count, (c) => inUse.get({ c }) !== undefined, maxSerial);
}
