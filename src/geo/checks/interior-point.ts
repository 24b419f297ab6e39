import type { MultiRings } from './parcel-set';
import { largestPolygon } from './ring-measures';

/**
 * A point strictly inside a polygon, for the map marker: a centroid can fall outside an L-shaped parcel
 * or a crescent gap. A horizontal line through the middle of the largest polygon, kept off every vertex,
 * is cut by all its rings; the midpoint of the widest inside stretch is the answer. Null without coordinates.
 */
export function interiorPoint(polygons: MultiRings): [number, number] | null {
  const rings = largestPolygon(polygons);
  const first = rings?.[0]?.[0];
  if (!rings || !first) return null;
  const ys = [...new Set(rings.flatMap((r) => r.map((p) => p[1]!)))].sort((a, b) => a - b);
  if (ys.length < 2) return [first[0]!, first[1]!];
  const mid = (ys[0]! + ys[ys.length - 1]!) / 2;
  // The two neighbouring vertex heights around the middle; halfway between them no vertex lies on the line.
  let k = ys.findIndex((v) => v > mid);
  if (k <= 0) k = 1;
  const y = (ys[k - 1]! + ys[k]!) / 2;
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1]! as [number, number];
      const [x2, y2] = ring[i]! as [number, number];
      if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] = [first[0]!, first[1]!];
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1]! - xs[i]! > width) (width = xs[i + 1]! - xs[i]!), (best = [(xs[i]! + xs[i + 1]!) / 2, y]);
  }
  return best;
}
