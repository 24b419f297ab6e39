import { z } from 'zod';
import type { RawGeometry } from './source-layer';

/**
 * Polygon and MultiPolygon coordinates as every reader hands them on: 2D (Z and M are dropped,
 * since areas are computed on x/y), rings closed, at least 4 positions per ring. Anything else is
 * returned as the reason it cannot be imported, in the planners' language.
 */

const Position = z.array(z.number().finite()).min(2);
const PolygonCoords = z.array(z.array(Position));
const MultiPolygonCoords = z.array(PolygonCoords);

const TYPE_NAMES: Record<string, string> = {
  Point: '点（Point）',
  MultiPoint: '多点（MultiPoint）',
  LineString: '线（LineString）',
  MultiLineString: '多线（MultiLineString）',
  GeometryCollection: '几何集合（GeometryCollection）',
};

export const geometryTypeName = (type: string): string => TYPE_NAMES[type] ?? type;

function ring(positions: number[][], label: string): number[][] | string {
  const out = positions.map((p) => [p[0]!, p[1]!]);
  const first = out[0];
  const last = out[out.length - 1];
  // Open rings are common in hand-made files; closing them is what every GIS does on read.
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0]!, first[1]!]);
  if (out.length < 4) return `${label}只有 ${positions.length} 个点，至少需要 3 个不同的点`;
  return out;
}

function polygon(rings: number[][][], label: string): number[][][] | string {
  if (rings.length === 0) return `${label}没有环`;
  const out: number[][][] = [];
  for (const [i, r] of rings.entries()) {
    const closed = ring(r, `${label}第 ${i + 1} 个环`);
    if (typeof closed === 'string') return closed;
    out.push(closed);
  }
  return out;
}

/** A (Multi)Polygon cleaned for import, or why the geometry cannot be used. */
export function areaGeometry(type: string, coordinates: unknown): RawGeometry | string {
  if (type === 'Polygon') {
    const parsed = PolygonCoords.safeParse(coordinates);
    if (!parsed.success) return `面的坐标格式不对（${parsed.error.issues[0]?.message}）`;
    if (parsed.data.length === 0) return '空几何（面没有坐标）';
    const p = polygon(parsed.data, '');
    return typeof p === 'string' ? p : { type, coordinates: p };
  }
  if (type === 'MultiPolygon') {
    const parsed = MultiPolygonCoords.safeParse(coordinates);
    if (!parsed.success) return `多面的坐标格式不对（${parsed.error.issues[0]?.message}）`;
    if (parsed.data.length === 0) return '空几何（多面没有坐标）';
    const polys: number[][][][] = [];
    for (const [i, rings] of parsed.data.entries()) {
      const p = polygon(rings, `第 ${i + 1} 个面`);
      if (typeof p === 'string') return p;
      polys.push(p);
    }
    return { type, coordinates: polys };
  }
  return `几何类型是${geometryTypeName(type)}，只能导入面（Polygon、MultiPolygon）`;
}
