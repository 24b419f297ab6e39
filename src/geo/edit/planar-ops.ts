import * as polyclip from 'polyclip-ts';
import type { AreaGeometry } from '../../domain/geometry';
import { planarRingArea } from '../planar-area';

/**
 * Boolean operations on polygons in planar project coordinates (polyclip-ts, exact arithmetic).
 * Coordinates are shifted to a local origin first and back after: the shift of an original vertex
 * is exact (Sterbenz), so vertices that survive an operation keep their bits.
 */

export type Ring = [number, number][];
export type PolygonCoords = Ring[];
export type MultiCoords = PolygonCoords[];

export function toMulti(g: AreaGeometry): MultiCoords {
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as MultiCoords;
}

export function fromMulti(m: MultiCoords): AreaGeometry {
  return m.length === 1 ? { type: 'Polygon', coordinates: m[0]! } : { type: 'MultiPolygon', coordinates: m };
}

/** Each part of a (multi)polygon as its own Polygon. */
export const components = (m: MultiCoords): AreaGeometry[] => m.map((p) => ({ type: 'Polygon', coordinates: p }));

const shift = (m: MultiCoords, dx: number, dy: number): MultiCoords =>
  m.map((p) => p.map((r) => r.map(([x, y]) => [x - dx, y - dy] as [number, number])));

export type ClipOp = 'union' | 'intersection' | 'difference';

export function clip(op: ClipOp, first: MultiCoords, ...rest: MultiCoords[]): MultiCoords {
  const origin = first[0]?.[0]?.[0] ?? rest[0]?.[0]?.[0]?.[0];
  if (!origin) return [];
  const [ox, oy] = origin;
  const local = [first, ...rest].map((m) => shift(m, ox, oy));
  const out = polyclip[op](local[0]!, ...local.slice(1));
  return shift(out as MultiCoords, -ox, -oy);
}

export function multiPlanarArea(m: MultiCoords): number {
  return m.reduce((sum, p) => sum + p.reduce((s, r, i) => s + (i === 0 ? 1 : -1) * planarRingArea(r), 0), 0);
}

export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function bboxOf(points: Iterable<readonly number[]>): BBox {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const [x, y] of points) {
    b.minX = Math.min(b.minX, x!);
    b.maxX = Math.max(b.maxX, x!);
    b.minY = Math.min(b.minY, y!);
    b.maxY = Math.max(b.maxY, y!);
  }
  return b;
}

export function* verticesOf(m: MultiCoords): Generator<[number, number]> {
  for (const p of m) for (const r of p) yield* r;
}
