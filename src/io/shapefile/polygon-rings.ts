import type { RawGeometry } from '../source-layer';
import type { Ring } from './shp-reader';

/**
 * Twice the signed area of a ring, positive when counter-clockwise (y up). The first vertex is
 * subtracted so 8-digit zone-prefixed coordinates keep their precision.
 */
export function signedArea2(ring: Ring): number {
  const [x0, y0] = ring[0] as [number, number];
  let sum = 0;
  for (let i = 1; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += (a[0]! - x0) * (b[1]! - y0) - (b[0]! - x0) * (a[1]! - y0);
  }
  return sum;
}

interface Box { minX: number; minY: number; maxX: number; maxY: number }

function boxOf(ring: Ring): Box {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let i = 0; i < ring.length; i++) {
    const x = ring[i]![0]!;
    const y = ring[i]![1]!;
    if (x < box.minX) box.minX = x;
    if (x > box.maxX) box.maxX = x;
    if (y < box.minY) box.minY = y;
    if (y > box.maxY) box.maxY = y;
  }
  return box;
}

const boxContains = (a: Box, b: Box) => a.minX <= b.minX && a.minY <= b.minY && a.maxX >= b.maxX && a.maxY >= b.maxY;

function pointInRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A hole may touch its outer ring at a vertex, so most of its vertices, not one, decide. */
function ringInside(hole: Ring, outer: Ring): boolean {
  let inside = 0;
  for (let i = 0; i + 1 < hole.length; i++) if (pointInRing(hole[i]![0]!, hole[i]![1]!, outer)) inside++;
  return inside * 2 > hole.length - 1;
}

interface Outer { ring: Ring; box: Box; area: number; holes: Ring[] }

/**
 * Shapefile rings → GeoJSON (Multi)Polygon. The shapefile convention is outer rings clockwise and
 * holes counter-clockwise; each hole goes to the smallest outer ring containing it, and a hole inside
 * none becomes an outer ring of its own (as GDAL does). Output follows GeoJSON: outer CCW, holes CW.
 * The rings are reversed in place: they belong to the caller's freshly read record.
 */
export function assemblePolygon(rings: Ring[]): RawGeometry {
  // Most parcels are one ring: skip the containment work (and its allocations) for them.
  if (rings.length === 1) {
    const ring = rings[0]!;
    return { type: 'Polygon', coordinates: [signedArea2(ring) > 0 ? ring : ring.reverse()] };
  }
  const outers: Outer[] = [];
  const holes: { ring: Ring; box: Box }[] = [];
  for (const ring of rings) {
    const area = signedArea2(ring);
    if (area > 0) holes.push({ ring, box: boxOf(ring) });
    else outers.push({ ring: ring.reverse(), box: boxOf(ring), area: -area, holes: [] });
  }
  for (const hole of holes) {
    const owner = outers
      .filter((o) => boxContains(o.box, hole.box) && ringInside(hole.ring, o.ring))
      .sort((a, b) => a.area - b.area)[0];
    if (owner) owner.holes.push(hole.ring.reverse());
    else outers.push({ ring: hole.ring, box: hole.box, area: signedArea2(hole.ring), holes: [] });
  }
  const polygons = outers.map((o) => [o.ring, ...o.holes]);
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}
