import { parcelsNear, type MultiRings, type ParcelSet } from './parcel-set';
import { pointInPolygons } from './ring-measures';
import { CHUNK } from './rule';

/**
 * Pairs of parcels whose interiors may overlap, found without clipping: adjacent parcels share edges
 * and vertices, which none of these tests count. A pair is a candidate when an edge of one properly
 * crosses an edge of the other, a vertex or edge midpoint of one lies strictly inside the other, or
 * their outer rings have the same vertices. Clipping then measures only these few pairs.
 */

export interface OverlapCandidates {
  /** [i, j] with i < j, positions in the parcel set. */
  pairs: [number, number][];
  /** Parcels in some candidate pair: the cover around them cannot be read off shared edges. */
  entangled: Set<number>;
}

const memo = new WeakMap<ParcelSet, OverlapCandidates>();

export function* overlapCandidates(set: ParcelSet): Generator<number, OverlapCandidates, void> {
  const known = memo.get(set);
  if (known) return known;
  const found: OverlapCandidates = { pairs: [], entangled: new Set() };
  const n = set.parcels.length;
  for (let i = 0; i < n; i++) {
    const a = set.parcels[i]!.polygons;
    for (const j of parcelsNear(set, set.bboxes[i]!)) {
      if (j <= i || !mayOverlap(a, set.parcels[j]!.polygons)) continue;
      found.pairs.push([i, j]);
      found.entangled.add(i).add(j);
    }
    if ((i + 1) % CHUNK === 0) yield i + 1;
  }
  found.pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  memo.set(set, found);
  return found;
}

type Seg = [number, number, number, number];

function segments(polygons: MultiRings, box: readonly number[]): Seg[] {
  const out: Seg[] = [];
  for (const rings of polygons) for (const ring of rings) {
    for (let k = 1; k < ring.length; k++) {
      const x1 = ring[k - 1]![0]!, y1 = ring[k - 1]![1]!, x2 = ring[k]![0]!, y2 = ring[k]![1]!;
      if (Math.max(x1, x2) < box[0]! || Math.min(x1, x2) > box[2]! || Math.max(y1, y2) < box[1]! || Math.min(y1, y2) > box[3]!) continue;
      out.push([x1, y1, x2, y2]);
    }
  }
  return out;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** Both ends of each segment strictly on opposite sides of the other: a proper crossing. */
const crosses = (s: Seg, t: Seg): boolean =>
  orient(s[0], s[1], s[2], s[3], t[0], t[1]) * orient(s[0], s[1], s[2], s[3], t[2], t[3]) < 0 &&
  orient(t[0], t[1], t[2], t[3], s[0], s[1]) * orient(t[0], t[1], t[2], t[3], s[2], s[3]) < 0;

function boxOf(polygons: MultiRings): number[] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) for (const p of rings[0] ?? []) {
    b[0] = Math.min(b[0]!, p[0]!), b[1] = Math.min(b[1]!, p[1]!), b[2] = Math.max(b[2]!, p[0]!), b[3] = Math.max(b[3]!, p[1]!);
  }
  return b;
}

/** Vertices or edge midpoints of `segs` strictly inside `other`. */
const pokesInto = (segs: Seg[], other: MultiRings): boolean =>
  segs.some((s) => pointInPolygons(s[0], s[1], other) === 1 || pointInPolygons((s[0] + s[2]) / 2, (s[1] + s[3]) / 2, other) === 1);

const sameVertices = (a: MultiRings, b: MultiRings): boolean => {
  const key = (m: MultiRings) => m.map((r) => [...new Set((r[0] ?? []).map((p) => `${p[0]},${p[1]}`))].sort().join(';')).sort().join('|');
  return key(a) === key(b);
};

export function mayOverlap(a: MultiRings, b: MultiRings): boolean {
  const sa = segments(a, boxOf(b));
  const sb = segments(b, boxOf(a));
  if (sa.length === 0 && sb.length === 0) return false;
  for (const s of sa) for (const t of sb) if (crosses(s, t)) return true;
  return pokesInto(sa, b) || pokesInto(sb, a) || sameVertices(a, b);
}
