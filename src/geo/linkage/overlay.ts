import type { AreaGeometry } from '../../domain/geometry';
import { ellipsoidalArea } from '../ellipsoidal-area';
import { clip, fromMulti, toMulti, type ClipOp, type MultiCoords } from '../edit/planar-ops';

/**
 * Overlays a linkage project needs (domain.md C.3 ZJ-01b, ZJ-04): the shape by exact planar clipping in
 * the project CRS, its official area as the ellipsoidal area of that shape (geo.md §1).
 */

/** The shape an overlay produced (null when empty) and its ellipsoidal area in m². */
export interface Overlay {
  geometry: AreaGeometry | null;
  areaM2: number;
}

const EMPTY_OVERLAY: Overlay = { geometry: null, areaM2: 0 };

/** An overlay of planar rings: polygons polyclip leaves without area (touching edges) come back empty. */
export function overlayOf(m: MultiCoords, srsId: number): Overlay {
  if (m.length === 0) return EMPTY_OVERLAY;
  const geometry = fromMulti(m);
  const areaM2 = ellipsoidalArea(geometry, srsId);
  return areaM2 > 0 ? { geometry, areaM2 } : EMPTY_OVERLAY;
}

/** polyclip rejects some invalid rings; say which overlay failed so the planner can fix the parcel. */
export function clipOrExplain(op: ClipOp, what: string, first: MultiCoords, ...rest: MultiCoords[]): MultiCoords {
  try {
    return clip(op, first, ...rest);
  } catch (e) {
    throw new Error(`${what}叠加失败，请先检查图形是否自相交：${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The part shared by `a` and `b`. Coordinates of both in `srsId`. */
export function overlapArea(a: AreaGeometry, b: AreaGeometry, srsId: number): Overlay {
  return overlayOf(clipOrExplain('intersection', '求交', toMulti(a), toMulti(b)), srsId);
}

/** The part of `parcel` outside `projectArea` (ZJ-01b: it should be none). */
export function outsideArea(parcel: AreaGeometry, projectArea: AreaGeometry, srsId: number): Overlay {
  return overlayOf(clipOrExplain('difference', '求差', toMulti(parcel), toMulti(projectArea)), srsId);
}
