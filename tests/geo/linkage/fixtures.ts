import type { AreaGeometry } from '../../../src/domain/geometry';
import { fromLonLatConverter } from '../../../src/geo/crs';
import { ellipsoidalArea } from '../../../src/geo/ellipsoidal-area';

/**
 * An origin in EPSG:4527 (zone 39, central meridian 117°E) at 34.5°N, 115.85°E: 1.15° off the meridian,
 * where Gauss-Krüger scale makes planar areas about 2.7e-4 too large, so ellipsoidal and planar differ.
 */
export const SRS = 4527;
export const [X0, Y0] = fromLonLatConverter(SRS)([115.85, 34.5]);
export const areaOf = (g: AreaGeometry) => ellipsoidalArea(g, SRS);

export const rectRing = (x: number, y: number, w: number, h: number) => [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]];

/** A polygon from rings of offsets in metres from the origin. */
export const poly = (...rings: number[][][]): AreaGeometry => ({
  type: 'Polygon',
  coordinates: rings.map((r) => r.map(([x, y]) => [X0 + x!, Y0 + y!] as [number, number])),
});
export const rect = (x: number, y: number, w: number, h: number): AreaGeometry => poly(rectRing(x, y, w, h));
