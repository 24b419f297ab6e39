import type { AreaGeometry } from '../../../src/domain/geometry';
import { fromLonLatConverter } from '../../../src/geo/crs';
import { ellipsoidalArea } from '../../../src/geo/ellipsoidal-area';

/** An origin in EPSG:4527 near 34.5°N, 1.15° west of zone 39's central meridian (117°E). */
export const [X0, Y0] = fromLonLatConverter(4527)([115.85, 34.5]);
export const areaOf = (g: AreaGeometry) => ellipsoidalArea(g, 4527);

/** A polygon from offsets in metres from the origin. */
export const poly = (...rings: number[][][]): AreaGeometry => ({
  type: 'Polygon',
  coordinates: rings.map((r) => r.map(([x, y]) => [X0 + x!, Y0 + y!] as [number, number])),
});
export const rectRing = (x: number, y: number, w: number, h: number) => [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];
export const at = (x: number, y: number): [number, number] => [X0 + x, Y0 + y];
