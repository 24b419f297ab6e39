import type { AreaGeometry } from '../../domain/geometry';
import { bboxOf, fromMulti, toMulti, verticesOf, type MultiCoords, type Ring } from './planar-ops';

type P = [number, number];
interface Segment {
  a: P;
  b: P;
}

/**
 * Makes a drawn or reshaped parcel share its neighbours' boundary exactly. The map works in lon/lat
 * rounded to 1e-8° and reprojection adds µm noise, so a vertex meant to sit on a neighbour's corner
 * arrives mm away; left so, the two parcels overlap or leave a sliver. Within `toleranceM`: a vertex
 * moves onto the nearest neighbour vertex, else onto the nearest neighbour edge; then neighbour
 * vertices lying on one of our edges are inserted into it, so both sides have the same vertices.
 */
export function snapToNeighbours(geom: AreaGeometry, neighbours: readonly AreaGeometry[], toleranceM: number): AreaGeometry {
  const own = toMulti(geom);
  const box = bboxOf(verticesOf(own));
  const near = ([x, y]: readonly number[]) =>
    x! >= box.minX - toleranceM && x! <= box.maxX + toleranceM && y! >= box.minY - toleranceM && y! <= box.maxY + toleranceM;
  const vertices: P[] = [];
  const segments: Segment[] = [];
  for (const n of neighbours) {
    for (const poly of toMulti(n)) {
      for (const ring of poly) {
        for (let i = 0; i < ring.length; i++) {
          if (near(ring[i]!)) vertices.push(ring[i]!);
          if (i + 1 < ring.length && (near(ring[i]!) || near(ring[i + 1]!) || crossesBox(ring[i]!, ring[i + 1]!, box))) {
            segments.push({ a: ring[i]!, b: ring[i + 1]! });
          }
        }
      }
    }
  }
  if (vertices.length === 0 && segments.length === 0) return geom;
  const tol2 = toleranceM * toleranceM;
  const moved: MultiCoords = own.map((poly) =>
    poly.map((ring) => {
      const snapped = ring.map((p) => snapVertex(p, vertices, segments, tol2));
      return dedupe(insertVertices(snapped, vertices, tol2));
    }),
  );
  return fromMulti(moved);
}

function crossesBox(a: readonly number[], b: readonly number[], box: ReturnType<typeof bboxOf>): boolean {
  return Math.max(a[0]!, b[0]!) >= box.minX && Math.min(a[0]!, b[0]!) <= box.maxX && Math.max(a[1]!, b[1]!) >= box.minY && Math.min(a[1]!, b[1]!) <= box.maxY;
}

/** Closest point of segment ab to p and its squared distance, computed relative to a. */
function closestOnSegment(p: P, a: P, b: P): { q: P; d2: number; t: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const px = p[0] - a[0];
  const py = p[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
  const ex = px - t * dx;
  const ey = py - t * dy;
  const q: P = t === 0 ? a : t === 1 ? b : [a[0] + t * dx, a[1] + t * dy];
  return { q, d2: ex * ex + ey * ey, t };
}

function snapVertex(p: P, vertices: readonly P[], segments: readonly Segment[], tol2: number): P {
  let best: P | null = null;
  let bestD2 = tol2;
  for (const v of vertices) {
    const d2 = (v[0] - p[0]) ** 2 + (v[1] - p[1]) ** 2;
    if (d2 <= bestD2) (best = v), (bestD2 = d2);
  }
  if (best) return [best[0], best[1]];
  for (const s of segments) {
    const c = closestOnSegment(p, s.a, s.b);
    if (c.d2 <= bestD2) (best = c.q), (bestD2 = c.d2);
  }
  return best ? [best[0], best[1]] : p;
}

/** Adds each neighbour vertex lying within tolerance of the inside of one of our edges. */
function insertVertices(ring: Ring, vertices: readonly P[], tol2: number): Ring {
  const out: Ring = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    out.push(a);
    const inner = vertices
      .map((v) => ({ v, c: closestOnSegment(v, a, b) }))
      .filter(({ v, c }) => c.d2 <= tol2 && c.t > 0 && c.t < 1 && !samePoint(v, a) && !samePoint(v, b))
      .sort((x, y) => x.c.t - y.c.t);
    for (const { v } of inner) out.push([v[0], v[1]]);
  }
  out.push(ring[ring.length - 1]!);
  return out;
}

const samePoint = (p: P, q: P) => p[0] === q[0] && p[1] === q[1];

function dedupe(ring: Ring): Ring {
  return ring.filter((p, i) => i === 0 || !samePoint(p, ring[i - 1]!));
}
