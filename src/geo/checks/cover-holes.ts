import { clipDifference, clipUnion } from './clip';
import { overlapCandidates } from './overlap-candidates';
import { bboxOf, parcelsNear, type BBox, type MultiRings, type ParcelSet } from './parcel-set';
import { signedRingArea } from './ring-measures';
import { CHUNK } from './rule';
import { VertexIds } from './vertex-ids';

/**
 * Holes in the cover the parcels make (the union of all parcels), found per neighbourhood.
 *
 * Where parcels share their vertices, as surveyed parcels do, the cover's boundary is just the edges
 * no other parcel runs back along: edges cancel in pairs, and the rest chain into rings, counter-
 * clockwise round each block and clockwise round each hole, for one vertex lookup per edge.
 * Rings touching parcels that overlap or that do not chain (T-junctions, near misses) are redone by
 * exact clipping of the parcels around them, which is far slower but only runs where needed.
 */

export interface CoverHole {
  /** The uncovered region: the hole ring, and islands in it when found by clipping. */
  polygons: MultiRings;
  /** Positions of the parcels around the hole. */
  owners: number[];
  bbox: BBox;
}

const memo = new WeakMap<ParcelSet, CoverHole[]>();

export function* coverHoles(set: ParcelSet): Generator<number, CoverHole[], void> {
  const known = memo.get(set);
  if (known) return known;
  const { entangled } = yield* overlapCandidates(set);
  const edges = new EdgeTable();
  for (let i = 0; i < set.parcels.length; i++) {
    for (const rings of set.parcels[i]!.polygons) rings.forEach((ring, r) => edges.addRing(ring, i, r === 0));
    if ((i + 1) % CHUNK === 0) yield i + 1;
  }
  const { rings, deadEnds } = edges.chain();
  const holes: CoverHole[] = [];
  const doubtful = (o: number) => entangled.has(o) || edges.doubled.has(o);
  const redo = new Set<number>();
  for (const p of deadEnds) for (const o of parcelsNear(set, [p[0]!, p[1]!, p[0]!, p[1]!])) redo.add(o);
  for (const ring of rings) {
    const isHole = ring.area < 0;
    if (!ring.owners.some(doubtful)) {
      if (isHole) holes.push(holeOf([[ring.points()]], ring.owners));
    } else for (const o of ring.owners) if (isHole || doubtful(o)) redo.add(o);
  }
  holes.push(...clippedHoles(set, [...redo].sort((a, b) => a - b), holes));
  memo.set(set, holes);
  return holes;
}

const holeOf = (polygons: MultiRings, owners: number[]): CoverHole => ({ polygons, owners: [...new Set(owners)].sort((a, b) => a - b), bbox: bboxOf(polygons) });

interface Chain {
  /** Signed area, counter-clockwise positive: negative round a hole. */
  area: number;
  owners: number[];
  points(): number[][];
}

/**
 * Directed edges of every ring, outer rings counter-clockwise and holes clockwise, cancelling in pairs.
 * Live edges hang in a linked list per start vertex; a vertex has a handful, so lookups are short walks.
 */
class EdgeTable {
  private readonly ids = new VertexIds(1 << 16);
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly owner: number[] = [];
  private readonly next: number[] = [];
  private readonly head: number[] = [];
  /** Parcels with an edge running the same way as another parcel's: they lie on the same side, so overlap. */
  readonly doubled = new Set<number>();

  addRing(ring: number[][], owner: number, outer: boolean): void {
    const ccw = signedRingArea(ring) > 0;
    const pts = ccw === outer ? ring : [...ring].reverse();
    let a = this.vertex(pts[0]!);
    for (let k = 1; k < pts.length; k++) {
      const b = this.vertex(pts[k]!);
      if (a !== b) this.add(a, b, owner);
      a = b;
    }
  }

  private vertex(p: number[]): number {
    const id = this.ids.id(p[0]!, p[1]!);
    if (id === this.head.length) this.head.push(-1);
    return id;
  }

  private add(a: number, b: number, owner: number): void {
    for (let e = this.head[b]!, prev = -1; e !== -1; prev = e, e = this.next[e]!) {
      if (this.to[e] !== a) continue;
      if (prev === -1) this.head[b] = this.next[e]!;
      else this.next[prev] = this.next[e]!;
      this.to[e] = -1; // cancelled: no longer part of the cover's boundary
      return;
    }
    for (let e = this.head[a]!; e !== -1; e = this.next[e]!) if (this.to[e] === b) this.doubled.add(this.owner[e]!).add(owner);
    const e = this.from.length;
    this.from.push(a), this.to.push(b), this.owner.push(owner), this.next.push(this.head[a]!);
    this.head[a] = e;
  }

  /** Coordinates are only built for the few rings that need them: holes and rings to be redone. */
  private chainOf(path: number[]): Chain {
    const { ids, from } = this;
    const x0 = ids.x(from[path[0]!]!), y0 = ids.y(from[path[0]!]!);
    let twice = 0;
    for (const e of path) {
      const a = from[e]!, b = this.to[e]!;
      twice += (ids.x(a) - x0) * (ids.y(b) - y0) - (ids.x(b) - x0) * (ids.y(a) - y0);
    }
    return {
      area: twice / 2,
      owners: path.map((e) => this.owner[e]!),
      points: () => [this.point(from[path[0]!]!), ...path.map((e) => this.point(this.to[e]!))],
    };
  }

  private point(id: number): number[] {
    return [this.ids.x(id), this.ids.y(id)];
  }

  /** Follows the remaining edges into rings; at a vertex with several ways on, the sharpest right turn keeps each hole its own ring. */
  chain(): { rings: Chain[]; deadEnds: number[][] } {
    const { head, next } = this;
    const used = new Uint8Array(this.from.length);
    const rings: Chain[] = [];
    const deadEnds: number[][] = [];
    for (let start = 0; start < this.from.length; start++) {
      if (used[start] || this.to[start] === -1) continue;
      const path: number[] = [];
      for (let cur = start; ; ) {
        used[cur] = 1;
        path.push(cur);
        const end = this.to[cur]!;
        if (end === this.from[start]) {
          rings.push(this.chainOf(path));
          break;
        }
        const options: number[] = [];
        for (let e = head[end]!; e !== -1; e = next[e]!) if (!used[e]) options.push(e);
        if (options.length === 0) {
          deadEnds.push(this.point(end));
          break;
        }
        cur = options.length === 1 ? options[0]! : this.rightmost(cur, options);
      }
    }
    return { rings, deadEnds };
  }

  private rightmost(from: number, options: number[]): number {
    const dx = this.ids.x(this.to[from]!) - this.ids.x(this.from[from]!);
    const dy = this.ids.y(this.to[from]!) - this.ids.y(this.from[from]!);
    const turn = (e: number) => {
      const ex = this.ids.x(this.to[e]!) - this.ids.x(this.from[e]!);
      const ey = this.ids.y(this.to[e]!) - this.ids.y(this.from[e]!);
      return Math.atan2(dx * ey - dy * ex, dx * ex + dy * ey);
    };
    return options.reduce((best, e) => (turn(e) < turn(best) ? e : best));
  }
}

/**
 * Exact holes around parcels whose edges could not be chained: the union of each such parcel with
 * every parcel near it, then each hole touching the parcel, minus any parcel that reaches into the
 * hole from outside the neighbourhood.
 */
function clippedHoles(set: ParcelSet, seeds: number[], already: CoverHole[]): CoverHole[] {
  const seen = new Set(already.map(holeKey));
  const found: CoverHole[] = [];
  for (const s of seeds) {
    const b = set.bboxes[s]!;
    if (!Number.isFinite(b[0])) continue;
    const pad = Math.max(b[2] - b[0], b[3] - b[1]) / 2;
    const near = new Set(parcelsNear(set, [b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad]));
    let cover: MultiRings;
    try {
      cover = clipUnion([...near].map((i) => set.parcels[i]!.polygons));
    } catch {
      continue; // polyclip gives up on some invalid rings; the self-intersection rule reports those parcels
    }
    for (const rings of cover) {
      for (const hole of rings.slice(1)) {
        const hb = bboxOf([[hole]]);
        if (hb[0] > b[2] || hb[2] < b[0] || hb[1] > b[3] || hb[3] < b[1]) continue;
        const around = parcelsNear(set, hb);
        const outside = around.filter((i) => !near.has(i));
        const region = outside.length === 0 ? [[hole]] : clipDifference([[hole]], outside.map((i) => set.parcels[i]!.polygons));
        for (const piece of region) {
          const h = holeOf([piece], around);
          const k = holeKey(h);
          if (!seen.has(k)) seen.add(k), found.push(h);
        }
      }
    }
  }
  return found;
}

/** Holes found twice (from two seeds, or by chaining and by clipping) agree to 11 digits: a millimetre on an 8-digit easting. */
const holeKey = (h: CoverHole): string => h.bbox.map((v) => v.toPrecision(11)).join(',');
