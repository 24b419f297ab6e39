import * as polyclip from 'polyclip-ts';
import type { LonLatBBox } from '../../src/domain/geometry';

/** A box or lasso drawn on the map, as a closed lon/lat ring. */
export type SelectionRing = [number, number][];

type Ring = [number, number][];
type PolygonCoords = Ring[];
export type AreaCoords = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

export const boxRing = ([w, s, e, n]: LonLatBBox): SelectionRing => [[w, s], [e, s], [e, n], [w, n], [w, s]];

export function ringBBox(ring: SelectionRing): LonLatBBox {
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/** Closes a lasso drawn as a polyline; polyclip wants the first point repeated at the end. */
export function closeRing(points: readonly [number, number][]): SelectionRing {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  return first[0] === last[0] && first[1] === last[1] ? [...points] : [...points, first];
}

const ringArea = (ring: Ring) => {
  let twice = 0;
  for (let i = 1; i < ring.length; i++) twice += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
  return Math.abs(twice) / 2;
};
const polygonArea = ([outer, ...holes]: PolygonCoords) => ringArea(outer ?? []) - holes.reduce((s, h) => s + ringArea(h), 0);

/**
 * True when the parcel's interior meets the drawn shape's, i.e. their intersection has an area: a parcel
 * the box only touches along an edge is not taken, as a planner dragging up to a road would expect.
 */
export function interiorIntersects(parcel: AreaCoords, ring: SelectionRing): boolean {
  if (ring.length < 4) return false;
  const shared = polyclip.intersection(parcel.coordinates as polyclip.Geom, [ring] as polyclip.Geom) as PolygonCoords[];
  return shared.some((p) => polygonArea(p) > 0);
}
