import type Database from 'better-sqlite3';
import { bbox, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { AreaGeometry } from '../domain/geometry';
import { ellipsoidalArea } from '../geo/ellipsoidal-area';
import { planarArea } from '../geo/planar-area';
import { decodeGeometry } from './gpkg/geometry-blob';

/** The two computed areas stored with every feature: [ellipsoidal, planar or null] in m². */
export const featureAreas = (g: AreaGeometry, srsId: number) => [ellipsoidalArea(g, srsId), planarArea(g, srsId)] as const;

/** A parcel counts as permanent basic farmland when a point inside it lies in a farmland patch. */
export function farmlandTest(db: Database.Database): (g: AreaGeometry) => boolean {
  const candidates = db.prepare(
    `SELECT f.geom FROM basic_farmland f JOIN rtree_basic_farmland_geom r ON r.id = f.fid
     WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?`,
  );
  return (g) => {
    // The bounding-box lookup first: finding a point inside a polygon costs far more.
    const [minX, minY, maxX, maxY] = bbox(g);
    if (candidates.all(maxX, minX, maxY, minY).length === 0) return false;
    const pt = pointOnFeature({ type: 'Feature', properties: {}, geometry: g });
    const [x, y] = pt.geometry.coordinates as [number, number];
    const rows = candidates.all(x, x, y, y) as { geom: Buffer }[];
    return rows.some((r) => booleanPointInPolygon(pt, { type: 'MultiPolygon', coordinates: decodeGeometry(r.geom) }));
  };
}
