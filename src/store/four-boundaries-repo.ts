import type { AreaGeometry } from '../domain/geometry';
import { boundaryLabel, fourBoundaries, type BoundaryNeighbour, type FourBoundaries, type FourBoundariesOptions } from '../geo/four-boundaries';
import { decodeGeometry } from './gpkg/geometry-blob';
import type { Project } from './project';

export interface SuggestedBoundaries {
  parcelId: number;
  code: string;
  boundaries: FourBoundaries;
}

interface Box {
  minx: number;
  maxx: number;
  miny: number;
  maxy: number;
}

interface ParcelRow {
  fid: number;
  name: string;
  geom: Buffer;
  head_name: string | null;
}
interface LinearRow {
  fid: number;
  kind: 'road' | 'ditch';
  name: string | null;
  geom: Buffer;
}
interface HomesteadRow {
  fid: number;
  geom: Buffer;
}

const WITHIN = `r.minx <= @maxx AND r.maxx >= @minx AND r.miny <= @maxy AND r.maxy >= @miny`;

/**
 * 四至 suggestions for the given parcels, from the neighbouring parcels (by household head),
 * roads, ditches and homesteads found through the R-trees. Parcels of the same selection count as
 * neighbours like any other: a parcel of the same contract is still the boundary on the ground.
 */
export function suggestBoundaries(project: Project, parcelIds: readonly number[], opts: FourBoundariesOptions = {}): SuggestedBoundaries[] {
  const tol = opts.gapToleranceM ?? 1;
  const db = project.db;
  const target = db.prepare(`SELECT p.fid, p.code, p.geom, r.minx, r.maxx, r.miny, r.maxy FROM parcels p JOIN rtree_parcels_geom r ON r.id = p.fid WHERE p.fid = ?`);
  const parcels = db.prepare(
    `SELECT p.fid, p.name, p.geom, h.head_name FROM parcels p JOIN rtree_parcels_geom r ON r.id = p.fid
     LEFT JOIN households h ON h.id = p.household_id WHERE ${WITHIN} AND p.fid <> @fid ORDER BY p.fid`,
  );
  const linear = db.prepare(`SELECT f.fid, f.kind, f.name, f.geom FROM linear_features f JOIN rtree_linear_features_geom r ON r.id = f.fid WHERE ${WITHIN} ORDER BY f.fid`);
  const homesteads = db.prepare(`SELECT f.fid, f.geom FROM homesteads f JOIN rtree_homesteads_geom r ON r.id = f.fid WHERE ${WITHIN} ORDER BY f.fid`);

  // A selection's parcels share neighbours: decode each feature once.
  const decoded = new Map<string, AreaGeometry>();
  const geometryOf = (key: string, blob: Buffer): AreaGeometry => {
    const cached = decoded.get(key);
    if (cached) return cached;
    const g: AreaGeometry = { type: 'MultiPolygon', coordinates: decodeGeometry(blob) as [number, number][][][] };
    decoded.set(key, g);
    return g;
  };

  return parcelIds.map((id) => {
    const t = target.get(id) as (Box & { fid: number; code: string; geom: Buffer }) | undefined;
    if (!t) throw new Error(`地块 fid=${id} 不在本项目的承包地块图层 (parcels) 中，无法推算四至`);
    const box = { minx: t.minx - tol, maxx: t.maxx + tol, miny: t.miny - tol, maxy: t.maxy + tol };
    const neighbours: BoundaryNeighbour[] = [
      ...(parcels.all({ ...box, fid: id }) as ParcelRow[]).map((r) => ({
        geometry: geometryOf(`p${r.fid}`, r.geom),
        label: boundaryLabel({ kind: 'parcel', headName: r.head_name, parcelName: r.name }),
      })),
      ...(linear.all(box) as LinearRow[]).map((r) => ({
        geometry: geometryOf(`l${r.fid}`, r.geom),
        label: boundaryLabel(r.kind === 'road' ? { kind: 'road', name: r.name } : { kind: 'ditch', name: r.name }),
      })),
      ...(homesteads.all(box) as HomesteadRow[]).map((r) => ({ geometry: geometryOf(`h${r.fid}`, r.geom), label: boundaryLabel({ kind: 'homestead' }) })),
    ];
    return { parcelId: id, code: t.code, boundaries: fourBoundaries(geometryOf(`p${id}`, t.geom), neighbours, opts) };
  });
}
