import type { AreaGeometry } from '../domain/geometry';

/**
 * OGC-style validity of an area geometry, fast enough to run on every imported parcel. Work is done
 * on coordinates relative to the polygon's first vertex, so 8-digit eastings keep their digits.
 */

export type ValidityKind = 'empty' | 'too_few_points' | 'not_closed' | 'non_finite' | 'self_intersection' | 'hole_outside' | 'zero_area';
export interface ValidityIssue {
  kind: ValidityKind;
  at: [number, number] | null;
  detail: string;
}

type Pt = readonly number[];

/** Above this many edges a polygon is checked with a sorted-by-x sweep instead of all pairs. */
const BRUTE_FORCE_EDGES = 64;
/** Enough to show a planner where to look; a shredded ring would otherwise list thousands. */
const MAX_CROSSINGS = 20;

export function validatePolygon(geom: AreaGeometry): ValidityIssue[] {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  if (polys.length === 0) return [{ kind: 'empty', at: null, detail: 'the geometry has no polygons' }];
  const issues: ValidityIssue[] = [];
  polys.forEach((rings, p) => validateRings(rings, polys.length > 1 ? `polygon ${p + 1} ` : '', issues));
  return issues;
}

function validateRings(rings: readonly (readonly Pt[])[], label: string, issues: ValidityIssue[]): void {
  if (rings.length === 0 || rings[0]!.length === 0) {
    issues.push({ kind: 'empty', at: null, detail: `${label}has no outer ring` });
    return;
  }
  const origin = rings[0]![0]!;
  const ox = origin[0]!;
  const oy = origin[1]!;
  const local: number[][][] = [];
  let structural = false;
  rings.forEach((ring, r) => {
    const name = `${label}${r === 0 ? 'outer ring' : `hole ${r}`}`;
    const bad = ring.find((q) => !Number.isFinite(q[0]) || !Number.isFinite(q[1]));
    if (bad) {
      issues.push({ kind: 'non_finite', at: null, detail: `${name} has a coordinate that is not a finite number` });
      structural = true;
      return;
    }
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (ring.length > 0 && (first![0] !== last![0] || first![1] !== last![1])) {
      issues.push({ kind: 'not_closed', at: [first![0]!, first![1]!], detail: `${name} does not end where it starts` });
    }
    const pts = dedupe(ring.map((q) => [q[0]! - ox, q[1]! - oy]));
    if (pts.length < 3) {
      issues.push({ kind: 'too_few_points', at: first ? [first[0]!, first[1]!] : null, detail: `${name} has ${pts.length} distinct points; a ring needs 3` });
      structural = true;
      return;
    }
    if (isZeroArea(pts)) {
      issues.push({ kind: 'zero_area', at: [first![0]!, first![1]!], detail: `${name} encloses no area` });
      structural = true;
      return;
    }
    local.push(pts);
  });
  if (structural) return;
  const crossings = findCrossings(local);
  for (const c of crossings.slice(0, MAX_CROSSINGS)) {
    const where = c.ringA === c.ringB ? ringName(label, c.ringA) : `${ringName(label, c.ringA)} and ${ringName(label, c.ringB)}`;
    issues.push({ kind: 'self_intersection', at: [c.x + ox, c.y + oy], detail: `${where} cross or touch` });
  }
  if (crossings.length > 0) return;
  for (let h = 1; h < local.length; h++) {
    const inside = holeInside(local[h]!, local[0]!);
    if (!inside) {
      const q = local[h]![0]!;
      issues.push({ kind: 'hole_outside', at: [q[0]! + ox, q[1]! + oy], detail: `${ringName(label, h)} lies outside the outer ring` });
    }
  }
}

const ringName = (label: string, r: number) => `${label}${r === 0 ? 'outer ring' : `hole ${r}`}`;

/** Ring points without the closing repeat and without consecutive repeats (allowed, but no edge). */
function dedupe(ring: number[][]): number[][] {
  const out: number[][] = [];
  for (const q of ring) {
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
  }
  while (out.length > 1 && out[0]![0] === out[out.length - 1]![0] && out[0]![1] === out[out.length - 1]![1]) out.pop();
  return out;
}

function signedArea(pts: readonly number[][]): number {
  let s = 0;
  for (let i = 0, n = pts.length; i < n; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % n]!;
    s += a[0]! * b[1]! - b[0]! * a[1]!;
  }
  return s / 2;
}

/**
 * All points on one line (relative to the ring's size, so rounding noise counts as collinear). Net
 * signed area is no test: a bow-tie's two lobes cancel, and that is a self-intersection instead.
 */
function isZeroArea(pts: readonly number[][]): boolean {
  const [x0, y0] = pts[0]! as [number, number];
  let fx = 0, fy = 0, far2 = 0;
  for (const [x, y] of pts) {
    const d2 = (x! - x0) ** 2 + (y! - y0) ** 2;
    if (d2 > far2) (fx = x! - x0), (fy = y! - y0), (far2 = d2);
  }
  return pts.every(([x, y]) => Math.abs((x! - x0) * fy - (y! - y0) * fx) <= 1e-12 * far2);
}

interface Edge {
  ring: number;
  index: number;
  ringSize: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

interface Crossing {
  ringA: number;
  ringB: number;
  x: number;
  y: number;
}

function edgesOf(rings: readonly number[][][]): Edge[] {
  const edges: Edge[] = [];
  rings.forEach((pts, ring) => {
    for (let i = 0, n = pts.length; i < n; i++) {
      const a = pts[i]!;
      const b = pts[(i + 1) % n]!;
      edges.push({ ring, index: i, ringSize: n, ax: a[0]!, ay: a[1]!, bx: b[0]!, by: b[1]!, minX: Math.min(a[0]!, b[0]!), maxX: Math.max(a[0]!, b[0]!), minY: Math.min(a[1]!, b[1]!), maxY: Math.max(a[1]!, b[1]!) });
    }
  });
  return edges;
}

function findCrossings(rings: readonly number[][][]): Crossing[] {
  const edges = edgesOf(rings);
  const out: Crossing[] = [];
  const test = (e: Edge, f: Edge) => {
    if (e.minX > f.maxX || f.minX > e.maxX || e.minY > f.maxY || f.minY > e.maxY) return;
    const c = edgeConflict(e, f);
    // A vertex touching an edge conflicts with both edges at that vertex: report the point once.
    if (c && !out.some((o) => o.x === c[0] && o.y === c[1])) out.push({ ringA: Math.min(e.ring, f.ring), ringB: Math.max(e.ring, f.ring), x: c[0], y: c[1] });
  };
  if (edges.length < BRUTE_FORCE_EDGES) {
    for (let i = 0; i < edges.length; i++) for (let j = i + 1; j < edges.length; j++) test(edges[i]!, edges[j]!);
    return out;
  }
  edges.sort((a, b) => a.minX - b.minX);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    for (let j = i + 1; j < edges.length && edges[j]!.minX <= e.maxX; j++) {
      test(e, edges[j]!);
      if (out.length > MAX_CROSSINGS) return out;
    }
  }
  return out;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** c on segment ab, given that a, b, c are collinear. */
const within = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);

/**
 * Where two edges meet in a way a valid polygon forbids, or null. Edges adjacent in one ring may
 * only share their common vertex; edges of different rings may touch at a point (OGC allows a hole
 * to touch its shell once) but not cross or run along each other.
 */
function edgeConflict(e: Edge, f: Edge): [number, number] | null {
  const sameRing = e.ring === f.ring;
  const adjacent = sameRing && ((e.index + 1) % e.ringSize === f.index || (f.index + 1) % f.ringSize === e.index);
  const d1 = orient(f.ax, f.ay, f.bx, f.by, e.ax, e.ay);
  const d2 = orient(f.ax, f.ay, f.bx, f.by, e.bx, e.by);
  const d3 = orient(e.ax, e.ay, e.bx, e.by, f.ax, f.ay);
  const d4 = orient(e.ax, e.ay, e.bx, e.by, f.bx, f.by);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
    const t = d1 / (d1 - d2);
    return [e.ax + t * (e.bx - e.ax), e.ay + t * (e.by - e.ay)];
  }
  if (d1 === 0 && d2 === 0) return collinearOverlap(e, f);
  if (adjacent) return null;
  const touches: [number, number][] = [];
  if (d1 === 0 && within(f.ax, f.ay, f.bx, f.by, e.ax, e.ay)) touches.push([e.ax, e.ay]);
  if (d2 === 0 && within(f.ax, f.ay, f.bx, f.by, e.bx, e.by)) touches.push([e.bx, e.by]);
  if (d3 === 0 && within(e.ax, e.ay, e.bx, e.by, f.ax, f.ay)) touches.push([f.ax, f.ay]);
  if (d4 === 0 && within(e.ax, e.ay, e.bx, e.by, f.bx, f.by)) touches.push([f.bx, f.by]);
  if (touches.length === 0) return null;
  if (sameRing) return touches[0]!;
  // Between rings, a touch at one point is allowed; a touch where an edge passes through is a crossing
  // only if the rings swap sides, which the proper-crossing test above already catches.
  return null;
}

/** Collinear edges conflict when they share more than one point (a spike or a doubled-back run). */
function collinearOverlap(e: Edge, f: Edge): [number, number] | null {
  const useX = Math.abs(e.bx - e.ax) >= Math.abs(e.by - e.ay);
  const k = (x: number, y: number) => (useX ? x : y);
  const lo = Math.max(Math.min(k(e.ax, e.ay), k(e.bx, e.by)), Math.min(k(f.ax, f.ay), k(f.bx, f.by)));
  const hi = Math.min(Math.max(k(e.ax, e.ay), k(e.bx, e.by)), Math.max(k(f.ax, f.ay), k(f.bx, f.by)));
  if (lo > hi) return null;
  const candidates: [number, number][] = [[f.ax, f.ay], [f.bx, f.by], [e.ax, e.ay], [e.bx, e.by]];
  const point = candidates.find(([x, y]) => k(x, y) === lo)!;
  if (lo < hi) return point;
  // One shared point: fine for adjacent edges and between rings, a touch within one ring otherwise.
  const adjacent = e.ring === f.ring && ((e.index + 1) % e.ringSize === f.index || (f.index + 1) % f.ringSize === e.index);
  return e.ring === f.ring && !adjacent ? point : null;
}

/** Even-odd point-in-ring; points on the boundary count as outside (callers pick another point). */
function pointInRing(x: number, y: number, ring: readonly number[][]): 'in' | 'out' | 'on' {
  let inside = false;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) {
    const [xi, yi] = ring[i]! as [number, number];
    const [xj, yj] = ring[j]! as [number, number];
    if (orient(xj, yj, xi, yi, x, y) === 0 && within(xj, yj, xi, yi, x, y)) return 'on';
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 'in' : 'out';
}

/** With no crossings, a hole is inside its shell when any vertex not on the shell is. */
function holeInside(hole: readonly number[][], shell: readonly number[][]): boolean {
  for (const [x, y] of hole) {
    const where = pointInRing(x!, y!, shell);
    if (where !== 'on') return where === 'in';
  }
  // Every vertex on the shell: inside if the hole's first edge midpoint is.
  const [a, b] = [hole[0]!, hole[1]!];
  return pointInRing((a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2, shell) !== 'out';
}

/** Rings closed by repeating the first position where it is missing. */
export function closeRings<T extends number[][]>(rings: readonly T[]): T[] {
  return rings.map((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
    return [...ring, [...first]] as T;
  });
}

/** Outer rings counter-clockwise, holes clockwise (the GeoJSON right-hand rule). */
export function normaliseOrientation(rings: readonly number[][][]): number[][][] {
  return rings.map((ring, i) => {
    const ccw = signedArea(ring.map((q) => [q[0]! - ring[0]![0]!, q[1]! - ring[0]![1]!])) > 0;
    return ccw === (i === 0) ? ring : [...ring].reverse();
  });
}
