import type { AreaGeometry } from '../domain/geometry';
import { decodeGeometry } from './gpkg/geometry-blob';
import type { Project } from './project';

/**
 * What the 附图 page draws: the contract's parcels and, as context, the parcels, roads, ditches and
 * homesteads around them — everything within half the parcels' extent (at least 50 m) beyond it.
 */

export interface ContractMapFeatures {
  parcels: { parcelId: number; code: string; geometry: AreaGeometry }[];
  context: { geometry: AreaGeometry; kind: 'parcel' | 'road' | 'ditch' | 'homestead' }[];
}

const asGeometry = (blob: Buffer): AreaGeometry => ({ type: 'MultiPolygon', coordinates: decodeGeometry(blob) as [number, number][][][] });
const MIN_MARGIN_M = 50;

export function contractMapFeatures(project: Project, parcelIds: readonly number[]): ContractMapFeatures {
  const { db } = project;
  const one = db.prepare(`SELECT p.fid, p.code, p.geom, r.minx, r.maxx, r.miny, r.maxy FROM parcels p JOIN rtree_parcels_geom r ON r.id = p.fid WHERE p.fid = ?`);
  const rows = parcelIds
    .map((id) => one.get(id) as { fid: number; code: string; geom: Buffer; minx: number; maxx: number; miny: number; maxy: number } | undefined)
    .filter((r): r is NonNullable<typeof r> => r !== undefined);
  if (rows.length === 0) return { parcels: [], context: [] };
  const x0 = Math.min(...rows.map((r) => r.minx));
  const x1 = Math.max(...rows.map((r) => r.maxx));
  const y0 = Math.min(...rows.map((r) => r.miny));
  const y1 = Math.max(...rows.map((r) => r.maxy));
  const margin = Math.max(MIN_MARGIN_M, (x1 - x0) / 2, (y1 - y0) / 2);
  const box = [x1 + margin, x0 - margin, y1 + margin, y0 - margin];
  const within = (table: string, extra = '') =>
    db
      .prepare(
        `SELECT t.fid, t.geom${extra} FROM "${table}" t JOIN "rtree_${table}_geom" r ON r.id = t.fid
         WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? ORDER BY t.fid`,
      )
      .all(...box) as { fid: number; geom: Buffer; kind?: string }[];
  const own = new Set(rows.map((r) => r.fid));
  const context: ContractMapFeatures['context'] = [
    ...within('parcels').filter((r) => !own.has(r.fid)).map((r) => ({ geometry: asGeometry(r.geom), kind: 'parcel' as const })),
    ...within('homesteads').map((r) => ({ geometry: asGeometry(r.geom), kind: 'homestead' as const })),
    ...within('linear_features', ', t.kind').map((r) => ({ geometry: asGeometry(r.geom), kind: r.kind === 'ditch' ? ('ditch' as const) : ('road' as const) })),
  ];
  return { parcels: rows.map((r) => ({ parcelId: r.fid, code: r.code, geometry: asGeometry(r.geom) })), context };
}
