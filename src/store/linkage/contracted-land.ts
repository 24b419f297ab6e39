import type Database from 'better-sqlite3';
import { valueAt } from '../../domain/dated-value';
import type { AreaGeometry } from '../../domain/geometry';
import { bboxOf, toMulti, verticesOf } from '../../geo/edit/planar-ops';
import { overlapWithLayer } from '../../geo/linkage/layer-overlay';
import { decodeGeometry } from '../gpkg/geometry-blob';
import type { Project } from '../project';
import { linkagePolicy } from './linkage-parameters-repo';

/**
 * Where linkage parcels (拆旧, 建新) and contracted parcels overlap, by the R-tree and then the exact
 * overlap (src/geo): a linkage parcel on land under a transfer contract in force is flagged (ZJ-12), and a
 * contracted parcel under a linkage parcel is not edited behind the project's back.
 */

const LINKAGE_TABLES = { demolition: 'linkage_demolition', construction: 'linkage_construction' } as const;
type LinkageKind = keyof typeof LINKAGE_TABLES;

const geometryOf = (blob: Buffer): AreaGeometry => ({ type: 'MultiPolygon', coordinates: decodeGeometry(blob) as [number, number][][][] });

function near(db: Database.Database, table: string, g: AreaGeometry, columns: string, join = ''): (Record<string, unknown> & { fid: number; geom: Buffer })[] {
  const b = bboxOf(verticesOf(toMulti(g)));
  return db
    .prepare(
      `SELECT t.fid, t.geom, ${columns} FROM "${table}" t JOIN "rtree_${table}_geom" r ON r.id = t.fid ${join}
       WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? ORDER BY t.fid`,
    )
    .all(b.maxX, b.minX, b.maxY, b.minY) as (Record<string, unknown> & { fid: number; geom: Buffer })[];
}

/** Overlaps smaller than the linkage area tolerance in force are digitising noise along a shared edge. */
export const overlapToleranceM2 = (db: Database.Database, asOf: string): number => valueAt(linkagePolicy(db, asOf).areaToleranceM2, asOf)?.value ?? 0;

export interface LinkageOverParcel {
  parcelId: number;
  projectId: number;
  projectCode: string;
  kind: LinkageKind;
  linkageParcelId: number;
  linkageCode: string;
  overlapM2: number;
}

/** The linkage parcels lying over any of the contracted parcels `fids` (missing parcels have none). */
export function linkageOverParcels(project: Project, fids: readonly number[], asOf: string): LinkageOverParcel[] {
  const db = project.db;
  const tolerance = overlapToleranceM2(db, asOf);
  const parcel = db.prepare(`SELECT geom FROM parcels WHERE fid = ?`);
  return fids.flatMap((fid) => {
    const row = parcel.get(fid) as { geom: Buffer } | undefined;
    if (!row) return [];
    const g = geometryOf(row.geom);
    return (Object.keys(LINKAGE_TABLES) as LinkageKind[]).flatMap((kind) => {
      const features = near(db, LINKAGE_TABLES[kind], g, 't.code, t.project_id, lp.code AS project_code', 'JOIN linkage_projects lp ON lp.id = t.project_id');
      const overlay = overlapWithLayer(g, features.map((f) => ({ id: String(f.fid), geometry: geometryOf(f.geom) })), project.meta.srsId);
      return overlay.byFeature
        .filter((o) => o.areaM2 > tolerance)
        .map((o) => {
          const f = features.find((x) => String(x.fid) === o.id)!;
          return { parcelId: fid, projectId: f.project_id as number, projectCode: f.project_code as string, kind, linkageParcelId: f.fid, linkageCode: f.code as string, overlapM2: o.areaM2 };
        });
    });
  });
}

export interface ContractedUnder {
  linkageParcelId: number;
  kind: LinkageKind;
  linkageCode: string;
  parcelId: number;
  parcelCode: string;
  overlapM2: number;
  contractId: number;
  contractNumber: string | null;
  transfereeName: string;
  startDate: string;
  endDate: string;
}

/** The project's linkage parcels over contracted parcels held on `asOf` by a transfer contract in force. */
export function contractedLandOf(project: Project, projectId: number, asOf: string): ContractedUnder[] {
  const db = project.db;
  const tolerance = overlapToleranceM2(db, asOf);
  const contracts = db.prepare(
    `SELECT c.id, c.number, c.start_date, c.end_date, coalesce(pa.name, '') AS transferee FROM contract_parcels cp
     JOIN contracts c ON c.id = cp.contract_id LEFT JOIN parties pa ON pa.id = c.transferee_party_id
     WHERE cp.parcel_fid = ? AND c.status IN ('numbered', 'filed', 'active') AND c.start_date <= ? AND c.end_date >= ? ORDER BY c.id`,
  );
  return (Object.keys(LINKAGE_TABLES) as LinkageKind[]).flatMap((kind) => {
    const rows = db.prepare(`SELECT fid, code, geom FROM "${LINKAGE_TABLES[kind]}" WHERE project_id = ? ORDER BY fid`).all(projectId) as { fid: number; code: string; geom: Buffer }[];
    return rows.flatMap((lp) => {
      const g = geometryOf(lp.geom);
      const parcels = near(db, 'parcels', g, 't.code');
      const overlay = overlapWithLayer(g, parcels.map((p) => ({ id: String(p.fid), geometry: geometryOf(p.geom) })), project.meta.srsId);
      return overlay.byFeature
        .filter((o) => o.areaM2 > tolerance)
        .flatMap((o) => {
          const parcel = parcels.find((p) => String(p.fid) === o.id)!;
          const held = contracts.all(parcel.fid, asOf, asOf) as { id: number; number: string | null; start_date: string; end_date: string; transferee: string }[];
          return held.map((c) => ({
            linkageParcelId: lp.fid,
            kind,
            linkageCode: lp.code,
            parcelId: parcel.fid,
            parcelCode: parcel.code as string,
            overlapM2: o.areaM2,
            contractId: c.id,
            contractNumber: c.number,
            transfereeName: c.transferee,
            startDate: c.start_date,
            endDate: c.end_date,
          }));
        });
    });
  });
}
