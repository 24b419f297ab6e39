/** Which features of a lon/lat layer contain a point: the homestead picker's hit test, done in the page. */

type Ring = readonly (readonly number[])[];
interface AreaFeature {
  id: number;
  geometry: { type: 'Polygon'; coordinates: readonly Ring[] } | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };
}

/** Even-odd crossing test; a point exactly on an edge may fall either way, which a click cannot tell apart anyway. */
function inRing(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and in none of its holes. */
const inPolygon = (rings: readonly Ring[], lon: number, lat: number) =>
  rings.length > 0 && inRing(rings[0]!, lon, lat) && !rings.slice(1).some((hole) => inRing(hole, lon, lat));

export function featuresAt(features: readonly AreaFeature[], lon: number, lat: number): number[] {
  return features
    .filter((f) => (f.geometry.type === 'Polygon' ? inPolygon(f.geometry.coordinates, lon, lat) : f.geometry.coordinates.some((p) => inPolygon(p, lon, lat))))
    .map((f) => f.id);
}

/** Adds the id if absent, removes it if present: clicking a picked homestead again unpicks it. */
export const toggled = (ids: readonly number[], id: number): number[] => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
