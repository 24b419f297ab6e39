import type { Geometry } from 'geojson';
import { areaGeometry, geometryTypeName } from '../area-geometry';
import type { RawGeometry } from '../source-layer';

export interface PlacemarkGeometry {
  geometry: RawGeometry | null;
  /** Why the geometry is missing, or which parts of a MultiGeometry were left out. */
  problem: string | null;
}

function flatten(g: Geometry): Geometry[] {
  return g.type === 'GeometryCollection' ? g.geometries.flatMap(flatten) : [g];
}

/**
 * togeojson turns a MultiGeometry into a GeometryCollection; its polygons become one MultiPolygon
 * and any points or lines in it are reported, not silently imported as something else.
 */
export function placemarkGeometry(g: Geometry | null): PlacemarkGeometry {
  if (!g) return { geometry: null, problem: '没有几何' };
  const parts = flatten(g);
  const polygons = parts.flatMap((p) => (p.type === 'Polygon' ? [p.coordinates] : p.type === 'MultiPolygon' ? p.coordinates : []));
  const others = [...new Set(parts.filter((p) => p.type !== 'Polygon' && p.type !== 'MultiPolygon').map((p) => geometryTypeName(p.type)))];
  if (polygons.length === 0) return { geometry: null, problem: `几何是${others.join('、')}，不是面` };
  const geometry = polygons.length === 1 ? areaGeometry('Polygon', polygons[0]) : areaGeometry('MultiPolygon', polygons);
  if (typeof geometry === 'string') return { geometry: null, problem: geometry };
  return { geometry, problem: others.length ? `多几何中的${others.join('、')}不是面，已略去，只导入其中的面` : null };
}
