import { pointInPolygons } from '../../src/geo/checks/ring-measures';

/** Which features of a lon/lat layer contain a point: the homestead picker's hit test, done in the page. */

type Ring = readonly (readonly number[])[];
interface AreaFeature {
  id: number;
  geometry: { type: 'Polygon'; coordinates: readonly Ring[] } | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };
}

export function featuresAt(features: readonly AreaFeature[], lon: number, lat: number): number[] {
  // A click on a shared edge counts for both neighbours; the picker takes the first.
  return features.filter((f) => pointInPolygons(lon, lat, f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) >= 0).map((f) => f.id);
}

/** Adds the id if absent, removes it if present: clicking a picked homestead again unpicks it. */
export const toggled = (ids: readonly number[], id: number): number[] => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]);
