import type Database from 'better-sqlite3';
import type { AreaGeometry } from '../../domain/geometry';
import { overlapWithLayer, type LayerFeature, type LayerOverlay } from '../../geo/linkage/layer-overlay';
import { outsideArea } from '../../geo/linkage/overlay';
import { pairwiseOverlaps } from '../../geo/linkage/pairwise-overlaps';
import { bboxOf, toMulti, verticesOf } from '../../geo/edit/planar-ops';
import { decodeGeometry } from '../gpkg/geometry-blob';
import type { Project } from '../project';
import type { CultivatedOverlay } from './linkage-parcels-repo';
import { parcelGeometries } from './linkage-parcels-repo';

/**
 * The geometric overlays of a linkage project against the project file's layers (src/geo/linkage does the
 * clipping): permanent basic farmland (ZJ-04/PB-01), the cultivated parcels a construction parcel takes
 * (ZJ-03), the project boundary (ZJ-01b) and overlaps between the project's own parcels. Only features whose
 * R-tree box meets the parcel are read.
 */

/** Ids the linkage facts use: demolition and construction fids live in different tables. */
export const factId = (kind: 'demolition' | 'construction', fid: number): string => `${kind === 'demolition' ? 'D' : 'C'}${fid}`;

function featuresNear(db: Database.Database, table: string, g: AreaGeometry, where = ''): (LayerFeature & { row: Record<string, unknown> })[] {
  const b = bboxOf(verticesOf(toMulti(g)));
  const rows = db
    .prepare(
      `SELECT t.* FROM "${table}" t JOIN "rtree_${table}_geom" r ON r.id = t.fid
       WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? ${where} ORDER BY t.fid`,
    )
    .all(b.maxX, b.minX, b.maxY, b.minY) as ({ fid: number; geom: Buffer } & Record<string, unknown>)[];
  return rows.map((row) => ({ id: String(row.fid), geometry: { type: 'MultiPolygon', coordinates: decodeGeometry(row.geom) } as AreaGeometry, row }));
}

/** Overlap of a geometry (project CRS) with the permanent-basic-farmland layer; feature ids are farmland codes. */
export function basicFarmlandOverlap(project: Project, g: AreaGeometry): LayerOverlay {
  const near = featuresNear(project.db, 'basic_farmland', g).map((f) => ({ id: String(f.row.code), geometry: f.geometry }));
  return overlapWithLayer(g, near, project.meta.srsId);
}

/**
 * Cultivated land (0101–0103 contracted parcels) under a geometry, and its 等别 weighted by the area taken;
 * parcels without a grade add area but not grade.
 */
export function cultivatedOverlay(project: Project): (g: AreaGeometry) => CultivatedOverlay {
  return (g) => {
    const near = featuresNear(project.db, 'parcels', g, `AND t.land_class IN ('0101','0102','0103')`);
    const grades = new Map(near.map((f) => [f.id, f.row.quality_grade as number | null]));
    const overlay = overlapWithLayer(g, near, project.meta.srsId);
    const graded = overlay.byFeature.filter((f) => grades.get(f.id) !== null);
    const gradedM2 = graded.reduce((s, f) => s + f.areaM2, 0);
    const cultivatedGrade = gradedM2 > 0 ? graded.reduce((s, f) => s + f.areaM2 * grades.get(f.id)!, 0) / gradedM2 : null;
    return { occupiedCultivatedM2: overlay.areaM2, cultivatedGrade };
  };
}

export interface ProjectOverlays {
  /** Basic-farmland overlap of each construction parcel, by fid, with the patches met. */
  basicFarmland: Map<number, LayerOverlay>;
  /** Area outside the project boundary by fact id; 0 for every parcel when no boundary is drawn. */
  outsideM2: Map<string, number>;
  /** Overlaps between any two parcels of the project, by fact id. */
  overlaps: { a: string; b: string; areaM2: number }[];
  /** Whether a boundary was drawn (ZJ-01b can only say "inside" when it was). */
  hasBoundary: boolean;
}

export function projectOverlays(project: Project, projectId: number): ProjectOverlays {
  const srsId = project.meta.srsId;
  const demolition = parcelGeometries(project, projectId, 'demolition');
  const construction = parcelGeometries(project, projectId, 'construction');
  const [boundary] = parcelGeometries(project, projectId, 'area').values();
  const all = [
    ...[...demolition].map(([fid, geometry]) => ({ id: factId('demolition', fid), geometry })),
    ...[...construction].map(([fid, geometry]) => ({ id: factId('construction', fid), geometry })),
  ];
  return {
    basicFarmland: new Map([...construction].map(([fid, g]) => [fid, basicFarmlandOverlap(project, g)])),
    outsideM2: new Map(all.map((p) => [p.id, boundary ? outsideArea(p.geometry, boundary, srsId).areaM2 : 0])),
    overlaps: pairwiseOverlaps(all, srsId).map(({ a, b, areaM2 }) => ({ a, b, areaM2 })),
    hasBoundary: boundary !== undefined,
  };
}
