import { CGCS2000 } from '../cgcs2000';
import { gkCrs } from '../crs';
import { ellipsoidalArea } from '../ellipsoidal-area';
import type { MultiRings, Rings } from './parcel-set';

/** Small planar measures on rings in project coordinates, and the metric figures the checks compare. */

type Ring = readonly (readonly number[])[];

/** Signed shoelace area (counter-clockwise positive), relative to the first vertex so 8-digit eastings keep their digits. */
export function signedRingArea(ring: Ring): number {
  const n = ring.length;
  if (n < 3) return 0;
  const x0 = ring[0]![0]!, y0 = ring[0]![1]!;
  let sum = 0;
  for (let i = 1; i < n - 1; i++) {
    const a = ring[i]!, b = ring[i + 1]!;
    sum += (a[0]! - x0) * (b[1]! - y0) - (b[0]! - x0) * (a[1]! - y0);
  }
  return sum / 2;
}

/** Where a point lies against a ring: 1 inside, 0 on the boundary, −1 outside. Exact on the boundary test. */
export function pointInRing(x: number, y: number, ring: Ring): -1 | 0 | 1 {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!, yi = ring[i]![1]!, xj = ring[j]![0]!, yj = ring[j]![1]!;
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (cross === 0 && Math.min(xi, xj) <= x && x <= Math.max(xi, xj) && Math.min(yi, yj) <= y && y <= Math.max(yi, yj)) return 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}

/** 1 strictly inside the polygons (outer ring minus holes), 0 on a boundary, −1 outside. */
export function pointInPolygons(x: number, y: number, polygons: readonly (readonly Ring[])[]): -1 | 0 | 1 {
  for (const rings of polygons) {
    const outer = pointInRing(x, y, rings[0] ?? []);
    if (outer <= 0) {
      if (outer === 0) return 0;
      continue;
    }
    let inHole: -1 | 0 | 1 = -1;
    for (let h = 1; h < rings.length && inHole === -1; h++) inHole = pointInRing(x, y, rings[h]!);
    if (inHole === -1) return 1;
    if (inHole === 0) return 0;
  }
  return -1;
}

/** Area in m² on the CGCS2000 ellipsoid, the figure every check reports (geo.md §1). */
export const areaM2 = (polygons: MultiRings, srsId: number): number =>
  ellipsoidalArea({ type: 'MultiPolygon', coordinates: polygons as [number, number][][][] }, srsId);

const METRES_PER_DEGREE = (Math.PI / 180) * CGCS2000.a;

/**
 * Perimeter in metres. In a Gauss-Krüger zone the plane length is within 0.05 % of the ground length,
 * plenty for a width tolerance; in lon/lat degrees are scaled to metres at the ring's latitude.
 */
export function perimeterM(polygons: MultiRings, srsId: number): number {
  const projected = gkCrs(srsId) !== null;
  let sum = 0;
  for (const rings of polygons) for (const ring of rings) {
    const lat = ring[0]?.[1] ?? 0;
    const kx = projected ? 1 : METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180);
    const ky = projected ? 1 : METRES_PER_DEGREE;
    for (let i = 1; i < ring.length; i++) sum += Math.hypot((ring[i]![0]! - ring[i - 1]![0]!) * kx, (ring[i]![1]! - ring[i - 1]![1]!) * ky);
  }
  return sum;
}

/** Mean width 2A/P in metres: the width of a long strip, zero for a degenerate one. */
export const meanWidthM = (area: number, perimeter: number): number => (perimeter > 0 ? (2 * area) / perimeter : 0);

/** The largest polygon of a set, by planar area (used to place a marker). */
export function largestPolygon(polygons: MultiRings): Rings | null {
  let best: Rings | null = null;
  let bestArea = -1;
  for (const rings of polygons) {
    const a = Math.abs(signedRingArea(rings[0] ?? []));
    if (a > bestArea) (best = rings), (bestArea = a);
  }
  return best;
}
