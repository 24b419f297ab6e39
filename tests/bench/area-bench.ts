import { area as turfArea } from '@turf/turf';
import { toLonLatConverter } from '../../src/geo/crs';
import { ellipsoidalArea, ringAreaLonLat } from '../../src/geo/ellipsoidal-area';
import { validatePolygon } from '../../src/geo/polygon-validity';
import { countyParcels } from './synthetic-county';
import { median, report } from './report';

/** Ellipsoidal area of 100k 20-vertex parcels against @turf/area on the same lon/lat rings. */
export function areaBench(n = 100_000): void {
  const parcels = countyParcels(n);
  const toLonLat = toLonLatConverter(4527);
  const lonLat = parcels.map((p) => (p.geometry.coordinates as number[][][])[0]!.map((xy) => toLonLat(xy)));
  const polys = lonLat.map((ring) => ({ type: 'Polygon' as const, coordinates: [ring] }));
  const time = (fn: () => number) =>
    median(Array.from({ length: 7 }, () => {
      const t = performance.now();
      fn();
      return performance.now() - t;
    }));
  const ours = time(() => lonLat.reduce((s, r) => s + ringAreaLonLat(r), 0));
  const turf = time(() => polys.reduce((s, p) => s + turfArea(p), 0));
  const withProjection = time(() => parcels.reduce((s, p) => s + ellipsoidalArea(p.geometry, 4527), 0));
  const validity = time(() => parcels.reduce((s, p) => s + validatePolygon(p.geometry).length, 0));
  const oursTotal = lonLat.reduce((s, r) => s + ringAreaLonLat(r), 0);
  const turfTotal = polys.reduce((s, p) => s + turfArea(p), 0);
  report('area', [
    ['parcels × vertices', `${n} × ${lonLat[0]!.length - 1}`],
    ['ellipsoidal (lon/lat rings), median of 7', `${ours.toFixed(1)} ms`],
    ['@turf/area (same rings), median of 7', `${turf.toFixed(1)} ms`],
    ['ratio ellipsoidal / turf (target ≤ 3)', (ours / turf).toFixed(2)],
    ['ellipsoidal incl. GK inverse projection', `${withProjection.toFixed(1)} ms`],
    ['polygon validity check (GK rings), median of 7', `${validity.toFixed(1)} ms`],
    ['turf total vs ellipsoidal total', `${(((turfTotal - oursTotal) / oursTotal) * 1e6).toFixed(1)} ppm`],
  ]);
}
