import type { RawGeometry } from '../source-layer';
import { signedArea2 } from './polygon-rings';
import { SHAPE_POLYGON } from './shape-types';
import type { Ring } from './shp-reader';

interface Box { minX: number; minY: number; maxX: number; maxY: number }

/**
 * The rings of a Polygon or MultiPolygon the way a shapefile stores them: closed, outer rings
 * clockwise, holes counter-clockwise, all polygons of a multipolygon in one record.
 */
function shapefileRings(geometry: RawGeometry, record: number): Ring[] {
  const polygons =
    geometry.type === 'Polygon' ? [geometry.coordinates as Ring[]] : geometry.type === 'MultiPolygon' ? (geometry.coordinates as Ring[][]) : null;
  if (!polygons) throw new Error(`第 ${record} 条记录的几何类型是 ${geometry.type}，Shapefile 只写出面`);
  const out: Ring[] = [];
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      const closed = first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
      if (closed.length < 4) throw new Error(`第 ${record} 条记录有一个环只有 ${closed.length} 个点，至少需要 4 个`);
      const clockwise = signedArea2(closed) < 0;
      // Never reverse in place: the rings belong to the caller.
      out.push(clockwise === (i === 0) ? closed : closed.slice().reverse());
    });
  }
  if (out.length === 0) throw new Error(`第 ${record} 条记录的几何为空`);
  return out;
}

function extend(box: Box, rings: Ring[]): Box {
  const b = { ...box };
  for (const ring of rings) {
    // Indexed loops, not destructuring for-of: this runs over every vertex of a county.
    for (let i = 0; i < ring.length; i++) {
      const x = ring[i]![0]!;
      const y = ring[i]![1]!;
      if (x < b.minX) b.minX = x;
      if (x > b.maxX) b.maxX = x;
      if (y < b.minY) b.minY = y;
      if (y > b.maxY) b.maxY = y;
    }
  }
  return b;
}

function writeHeader(view: DataView, byteLength: number, box: Box): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, byteLength / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, SHAPE_POLYGON, true);
  view.setFloat64(36, box.minX, true);
  view.setFloat64(44, box.minY, true);
  view.setFloat64(52, box.maxX, true);
  view.setFloat64(60, box.maxY, true);
}

/** The .shp and .shx bytes for polygon geometries, record n being geometries[n − 1]. */
export function encodeShp(geometries: readonly RawGeometry[]): { shp: Uint8Array; shx: Uint8Array } {
  const records = geometries.map((g, i) => shapefileRings(g, i + 1));
  const contentBytes = records.map((rings) => 44 + 4 * rings.length + 16 * rings.reduce((n, r) => n + r.length, 0));
  const shpLength = 100 + contentBytes.reduce((n, c) => n + 8 + c, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * records.length);
  const view = new DataView(shp.buffer);
  const index = new DataView(shx.buffer);
  const empty: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  let layerBox = empty;
  let pos = 100;
  records.forEach((rings, i) => {
    const box = extend(empty, rings);
    layerBox = extend(layerBox, [[[box.minX, box.minY], [box.maxX, box.maxY]]]);
    index.setInt32(100 + 8 * i, pos / 2, false);
    index.setInt32(104 + 8 * i, contentBytes[i]! / 2, false);
    view.setInt32(pos, i + 1, false);
    view.setInt32(pos + 4, contentBytes[i]! / 2, false);
    const c = pos + 8;
    view.setInt32(c, SHAPE_POLYGON, true);
    view.setFloat64(c + 4, box.minX, true);
    view.setFloat64(c + 12, box.minY, true);
    view.setFloat64(c + 20, box.maxX, true);
    view.setFloat64(c + 28, box.maxY, true);
    view.setInt32(c + 36, rings.length, true);
    view.setInt32(c + 40, rings.reduce((n, r) => n + r.length, 0), true);
    let start = 0;
    let at = c + 44 + 4 * rings.length;
    rings.forEach((ring, r) => {
      view.setInt32(c + 44 + 4 * r, start, true);
      start += ring.length;
      for (let k = 0; k < ring.length; k++) {
        view.setFloat64(at, ring[k]![0]!, true);
        view.setFloat64(at + 8, ring[k]![1]!, true);
        at += 16;
      }
    });
    pos = c + contentBytes[i]!;
  });
  // An empty layer has no extent; zeros are what GDAL writes.
  if (records.length === 0) layerBox = { minX: 0, minY: 0, maxX: 0, maxY: 0 };
  writeHeader(view, shpLength, layerBox);
  writeHeader(index, shx.length, layerBox);
  return { shp, shx };
}
