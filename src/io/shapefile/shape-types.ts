/** Shape type codes of the ESRI Shapefile Technical Description (1998). */
export const SHAPE_TYPE_NAMES: Record<number, string> = {
  0: 'Null',
  1: 'Point',
  3: 'PolyLine',
  5: 'Polygon',
  8: 'MultiPoint',
  11: 'PointZ',
  13: 'PolyLineZ',
  15: 'PolygonZ',
  18: 'MultiPointZ',
  21: 'PointM',
  23: 'PolyLineM',
  25: 'PolygonM',
  28: 'MultiPointM',
  31: 'MultiPatch',
};

export const SHAPE_NULL = 0;
export const SHAPE_POLYGON = 5;
/** Polygon, PolygonZ, PolygonM: the X/Y part is laid out identically, Z and M follow it. */
export const POLYGON_TYPES: ReadonlySet<number> = new Set([5, 15, 25]);

export const shapeTypeName = (type: number): string => SHAPE_TYPE_NAMES[type] ?? `未知类型 ${type}`;
