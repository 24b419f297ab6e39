import type { LonLatBBox } from '../domain/geometry';
import { toLonLatConverter } from '../geo/crs';
import { decodeGeometry } from './gpkg/geometry-blob';
import type { Project } from './project';
import { bboxInSrs } from './parcels-repo';

export const LAYER_TABLES = ['parcels', 'homesteads', 'basic_farmland', 'linear_features'] as const;
export type LayerTable = (typeof LAYER_TABLES)[number];

const LABEL: Record<LayerTable, { code: string; kind: string }> = {
  parcels: { code: 'code', kind: 'land_class' },
  homesteads: { code: 'code', kind: 'NULL' },
  basic_farmland: { code: 'code', kind: 'NULL' },
  linear_features: { code: 'name', kind: 'kind' },
};

/** Rounds lon/lat to 1e-8° (about 1 mm): enough for display, and it keeps payloads small. */
const round8 = (v: number) => Math.round(v * 1e8) / 1e8;

/** A layer's features as GeoJSON in CGCS2000 lon/lat for the map, optionally limited to a box. */
export function layerFeatures(project: Project, layer: LayerTable, bbox?: LonLatBBox) {
  const { code, kind } = LABEL[layer];
  let sql = `SELECT t.fid, t.geom, ${code} AS code, ${kind} AS kind FROM "${layer}" t`;
  const params: number[] = [];
  if (bbox) {
    const box = bboxInSrs(bbox, project.meta.srsId);
    if (!box) return { type: 'FeatureCollection' as const, layer, features: [] };
    const [minX, minY, maxX, maxY] = box;
    sql += ` JOIN "rtree_${layer}_geom" r ON r.id = t.fid WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ?`;
    params.push(maxX, minX, maxY, minY);
  }
  const rows = project.db.prepare(`${sql} ORDER BY t.fid`).all(...params) as { fid: number; geom: Buffer; code: string | null; kind: string | null }[];
  const toLonLat = toLonLatConverter(project.meta.srsId);
  const features = rows.map((r) => {
    const polys = decodeGeometry(r.geom).map((poly) => poly.map((ring) => ring.map((p) => toLonLat(p).map(round8))));
    return {
      type: 'Feature' as const,
      id: r.fid,
      properties: { code: r.code, kind: r.kind },
      geometry: polys.length === 1 ? { type: 'Polygon' as const, coordinates: polys[0]! } : { type: 'MultiPolygon' as const, coordinates: polys },
    };
  });
  return { type: 'FeatureCollection' as const, layer, features };
}

/** The parcels' extent in lon/lat, from the R-tree in the layer CRS. */
export function parcelExtent(project: Project): LonLatBBox | null {
  const e = project.db
    .prepare(`SELECT min(minx) AS x0, min(miny) AS y0, max(maxx) AS x1, max(maxy) AS y1 FROM rtree_parcels_geom`)
    .get() as { x0: number | null; y0: number; x1: number; y1: number };
  if (e.x0 === null) return null;
  const toLonLat = toLonLatConverter(project.meta.srsId);
  const corners = [[e.x0, e.y0], [e.x1, e.y0], [e.x1, e.y1], [e.x0, e.y1]].map(toLonLat);
  const lons = corners.map((c) => c[0]);
  const lats = corners.map((c) => c[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

