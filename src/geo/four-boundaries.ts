/**
 * 四至 (east/south/west/north boundaries) of a parcel from its neighbours on the map.
 *
 * Works in the project's planar CRS (Gauss-Krüger: x east, y north). Grid north differs from true
 * north by the meridian convergence, about 0.5° at 单县 (1° from zone 39's central meridian) and under
 * 1.5° anywhere in a 3° zone; against the ±45° sectors used here that is negligible, so it is ignored.
 */
import type { FourBoundaries } from '../domain/contract/contract-draft';
import type { AreaGeometry } from '../domain/geometry';

export type { FourBoundaries };
type Side = keyof FourBoundaries;

export interface BoundaryNeighbour {
  geometry: AreaGeometry;
  label: string;
}

export interface FourBoundariesOptions {
  /** Largest gap (m) between the target's edge and a neighbour's edge still counted as shared. */
  gapToleranceM?: number;
  /** Shared stretches shorter than this (m) are ignored: corner touches and slivers are not boundaries. */
  minSharedM?: number;
  /** Most labels joined with "、" on one side. */
  maxLabelsPerSide?: number;
}

/** What a neighbouring feature is, for its 四至 label. */
export type NeighbourKind =
  | { kind: 'parcel'; headName: string | null; parcelName: string }
  | { kind: 'road'; name: string | null }
  | { kind: 'ditch'; name: string | null }
  | { kind: 'homestead' };

/** The planner's wording: a household's parcel is "<户主>地"; roads keep their name; ditches are 沟渠. */
export function boundaryLabel(n: NeighbourKind): string {
  switch (n.kind) {
    case 'parcel':
      return n.headName ? `${n.headName}地` : n.parcelName;
    case 'road':
      return n.name?.trim() || '道路';
    case 'ditch':
      return '沟渠';
    case 'homestead':
      return '宅基地';
  }
}

type Pt = readonly [number, number];
interface Segment {
  a: Pt;
  b: Pt;
}

const SIDES: readonly Side[] = ['east', 'north', 'west', 'south'];
const SIDE_ANGLE: Record<Side, number> = { east: 0, north: Math.PI / 2, west: Math.PI, south: -Math.PI / 2 };
// Neighbour edges more than this far from parallel to the target's edge only cross it (a corner or a spur).
const MAX_SKEW_SIN = Math.sin((20 * Math.PI) / 180);

function polygonsOf(g: AreaGeometry): number[][][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function signedArea(ring: readonly number[][]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s / 2;
}

/** Every edge, oriented so the polygon's interior is on its left: the outward normal is (dy, −dx). */
function outwardSegments(g: AreaGeometry): Segment[] {
  const out: Segment[] = [];
  for (const poly of polygonsOf(g)) {
    poly.forEach((ring, i) => {
      const ccw = signedArea(ring) > 0;
      // Exterior rings run counter-clockwise, holes clockwise, whatever order the source used.
      const flip = i === 0 ? !ccw : ccw;
      for (let k = 0; k + 1 < ring.length; k++) {
        const p = ring[k] as unknown as Pt;
        const q = ring[k + 1] as unknown as Pt;
        if (p[0] === q[0] && p[1] === q[1]) continue;
        out.push(flip ? { a: q, b: p } : { a: p, b: q });
      }
    });
  }
  return out;
}

function allSegments(g: AreaGeometry): Segment[] {
  const out: Segment[] = [];
  for (const poly of polygonsOf(g))
    for (const ring of poly)
      for (let k = 0; k + 1 < ring.length; k++) out.push({ a: ring[k] as unknown as Pt, b: ring[k + 1] as unknown as Pt });
  return out;
}

/** Angle between the outward normal of an edge and a side's direction, in [0, π]. */
function normalOffset(s: Segment, side: Side): number {
  const angle = Math.atan2(-(s.b[0] - s.a[0]), s.b[1] - s.a[1]);
  const d = Math.abs(angle - SIDE_ANGLE[side]) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/**
 * The stretch [lo, hi] (metres along edge e from e.a) that segment n runs alongside within tol, or
 * null. Only near-parallel segments count, and only over their projection onto e, so a neighbour
 * touching a corner shares nothing.
 */
function sharedInterval(e: Segment, n: Segment, tol: number): [number, number] | null {
  const ex = e.b[0] - e.a[0];
  const ey = e.b[1] - e.a[1];
  const len = Math.hypot(ex, ey);
  const ux = ex / len;
  const uy = ey / len;
  const nx = n.b[0] - n.a[0];
  const ny = n.b[1] - n.a[1];
  const nlen = Math.hypot(nx, ny);
  if (nlen === 0 || Math.abs(ux * ny - uy * nx) / nlen > MAX_SKEW_SIN) return null;
  const proj = (p: Pt) => (p[0] - e.a[0]) * ux + (p[1] - e.a[1]) * uy;
  const off = (p: Pt) => (p[0] - e.a[0]) * uy - (p[1] - e.a[1]) * ux;
  let t0 = proj(n.a);
  let t1 = proj(n.b);
  let o0 = off(n.a);
  let o1 = off(n.b);
  if (t0 > t1) [t0, t1, o0, o1] = [t1, t0, o1, o0];
  let lo = Math.max(0, t0);
  let hi = Math.min(len, t1);
  if (hi <= lo) return null;
  // The offset is linear along n: keep the part of [lo, hi] where |offset| ≤ tol.
  const slope = t1 === t0 ? 0 : (o1 - o0) / (t1 - t0);
  const offsetAt = (t: number) => o0 + slope * (t - t0);
  if (slope === 0) return Math.abs(o0) <= tol ? [lo, hi] : null;
  const ta = t0 + (-tol - o0) / slope;
  const tb = t0 + (tol - o0) / slope;
  lo = Math.max(lo, Math.min(ta, tb));
  hi = Math.min(hi, Math.max(ta, tb));
  return hi > lo && Math.abs(offsetAt((lo + hi) / 2)) <= tol ? [lo, hi] : null;
}

function unionLength(intervals: [number, number][]): number {
  intervals.sort((p, q) => p[0] - q[0]);
  let total = 0;
  let cur: [number, number] | null = null;
  for (const iv of intervals) {
    if (cur && iv[0] <= cur[1]) cur[1] = Math.max(cur[1], iv[1]);
    else {
      if (cur) total += cur[1] - cur[0];
      cur = [iv[0], iv[1]];
    }
  }
  return cur ? total + cur[1] - cur[0] : total;
}

function bboxOf(segs: readonly Segment[]): [number, number, number, number] {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const s of segs)
    for (const p of [s.a, s.b]) {
      x0 = Math.min(x0, p[0]); y0 = Math.min(y0, p[1]); x1 = Math.max(x1, p[0]); y1 = Math.max(y1, p[1]);
    }
  return [x0, y0, x1, y1];
}

/** Metres of edge e shared with each label. */
function sharedByLabel(e: Segment, neighbours: readonly { segs: Segment[]; label: string }[], tol: number): Map<string, number> {
  const out = new Map<string, number>();
  const [x0, y0, x1, y1] = bboxOf([e]);
  for (const n of neighbours) {
    const ivs: [number, number][] = [];
    for (const s of n.segs) {
      if (Math.max(s.a[0], s.b[0]) < x0 - tol || Math.min(s.a[0], s.b[0]) > x1 + tol) continue;
      if (Math.max(s.a[1], s.b[1]) < y0 - tol || Math.min(s.a[1], s.b[1]) > y1 + tol) continue;
      const iv = sharedInterval(e, s, tol);
      if (iv) ivs.push(iv);
    }
    if (ivs.length > 0) out.set(n.label, (out.get(n.label) ?? 0) + unionLength(ivs));
  }
  return out;
}

/**
 * For each side, the neighbours sharing the longest stretch of the target's boundary whose outward
 * normal lies within ±45° of that direction (an edge at exactly 45° goes to the first of east, north,
 * west, south). A side no edge faces (as on a triangle) takes the edges within ±90° instead.
 * Neighbours with the same label add up; the two longest are joined with "、"; nothing gives "".
 */
export function fourBoundaries(target: AreaGeometry, neighbours: readonly BoundaryNeighbour[], opts: FourBoundariesOptions = {}): FourBoundaries {
  const tol = opts.gapToleranceM ?? 1;
  const minShared = opts.minSharedM ?? 1;
  const maxLabels = opts.maxLabelsPerSide ?? 2;
  const edges = outwardSegments(target);
  const prepared = neighbours.filter((n) => n.label !== '').map((n) => ({ segs: allSegments(n.geometry), label: n.label }));
  const perEdge = edges.map((e) => sharedByLabel(e, prepared, tol));

  const facing = new Map<Side, number[]>();
  for (const side of SIDES) facing.set(side, []);
  edges.forEach((e, i) => {
    const side = SIDES.find((s) => normalOffset(e, s) <= Math.PI / 4 + 1e-12)!;
    facing.get(side)!.push(i);
  });
  for (const side of SIDES) {
    if (facing.get(side)!.length === 0) facing.set(side, edges.flatMap((e, i) => (normalOffset(e, side) < Math.PI / 2 ? [i] : [])));
  }

  const result: FourBoundaries = { east: '', south: '', west: '', north: '' };
  for (const side of SIDES) {
    const totals = new Map<string, number>();
    for (const i of facing.get(side)!) for (const [label, m] of perEdge[i]!) totals.set(label, (totals.get(label) ?? 0) + m);
    result[side] = [...totals]
      .filter(([, m]) => m >= minShared)
      .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0))
      .slice(0, maxLabels)
      .map(([label]) => label)
      .join('、');
  }
  return result;
}
