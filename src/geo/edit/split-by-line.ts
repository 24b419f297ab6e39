import type { AreaGeometry } from '../../domain/geometry';
import { EditRefused } from './edit-refused';
import { bboxOf, clip, components, toMulti, verticesOf, type BBox, type Ring } from './planar-ops';

/**
 * Cuts a parcel along a polyline. The line's ends are extended along its first and last segments to
 * a box well beyond the parcel, and the box is closed on one side of the line: the parcel ∩ that
 * side and the parcel minus it are the pieces, each part its own parcel.
 */
export function splitByLine(geom: AreaGeometry, line: readonly (readonly number[])[]): AreaGeometry[] {
  const pts = line.filter((p, i) => i === 0 || p[0] !== line[i - 1]![0] || p[1] !== line[i - 1]![1]).map(([x, y]) => [x!, y!] as [number, number]);
  if (pts.length < 2) throw new EditRefused('the split line needs at least two distinct points');
  const parcel = toMulti(geom);
  const b = bboxOf([...verticesOf(parcel), ...pts]);
  const margin = Math.max(b.maxX - b.minX, b.maxY - b.minY) + 1;
  const box = { minX: b.minX - margin, minY: b.minY - margin, maxX: b.maxX + margin, maxY: b.maxY + margin };
  const side = sidePolygon(pts, box);
  const pieces = [...components(clip('intersection', parcel, [[side]])), ...components(clip('difference', parcel, [[side]]))];
  if (pieces.length < 2) throw new EditRefused('the split line does not divide the parcel: it must cross it from edge to edge');
  return pieces;
}

/** Where the ray from `from` in direction `dir` leaves the box (from is inside). */
function exitPoint(from: [number, number], dir: [number, number], box: BBox): [number, number] {
  const ts: number[] = [];
  if (dir[0] > 0) ts.push((box.maxX - from[0]) / dir[0]);
  if (dir[0] < 0) ts.push((box.minX - from[0]) / dir[0]);
  if (dir[1] > 0) ts.push((box.maxY - from[1]) / dir[1]);
  if (dir[1] < 0) ts.push((box.minY - from[1]) / dir[1]);
  const t = Math.min(...ts);
  return [from[0] + t * dir[0], from[1] + t * dir[1]];
}

/** Position along the box boundary, counter-clockwise from the south-west corner. */
function perimeterPos([x, y]: [number, number], box: BBox): number {
  const w = box.maxX - box.minX;
  const h = box.maxY - box.minY;
  if (y === box.minY) return x - box.minX;
  if (x === box.maxX) return w + (y - box.minY);
  if (y === box.maxY) return w + h + (box.maxX - x);
  return 2 * w + h + (box.maxY - y);
}

/** The extended line closed counter-clockwise along the box from its end back to its start. */
function sidePolygon(pts: [number, number][], box: BBox): Ring {
  const [p0, p1] = [pts[0]!, pts[1]!];
  const [q1, q0] = [pts[pts.length - 2]!, pts[pts.length - 1]!];
  const start = exitPoint(p0, [p0[0] - p1[0], p0[1] - p1[1]], box);
  const end = exitPoint(q0, [q0[0] - q1[0], q0[1] - q1[1]], box);
  const w = box.maxX - box.minX;
  const h = box.maxY - box.minY;
  const corners: [number, [number, number]][] = [
    [0, [box.minX, box.minY]],
    [w, [box.maxX, box.minY]],
    [w + h, [box.maxX, box.maxY]],
    [2 * w + h, [box.minX, box.maxY]],
  ];
  const perimeter = 2 * (w + h);
  const from = perimeterPos(end, box);
  let to = perimeterPos(start, box);
  if (to <= from) to += perimeter;
  const walk: [number, number][] = [];
  for (const lap of [0, perimeter]) for (const [pos, c] of corners) if (pos + lap > from && pos + lap < to) walk.push(c);
  return [start, ...pts, end, ...walk, start];
}
