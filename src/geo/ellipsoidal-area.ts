import type { AreaGeometry } from '../domain/geometry';
import { CGCS2000_B, CGCS2000_E2 } from './cgcs2000';
import { toLonLatConverter } from './crs';

/**
 * Ellipsoidal area on CGCS2000 (椭球面积). Vertices are inverse-projected to (B, L) and each edge
 * contributes the graticule trapezoid between it and a reference meridian — the method of
 * 国土调查办发〔2008〕32号 — in the closed authalic form S = (b²/2)·ΔL·[q(B2) − q(B1)] rather than
 * its truncated series (domain.md E.2). Accurate to better than 0.3 ppm; about 2× turf's cost.
 */

const DEG = Math.PI / 180;

const E2 = CGCS2000_E2;
/** Taylor coefficients of atanh(e·s)/e = s·Σ e^(2k)·s^(2k)/(2k+1); e⁸ terms already fall below 1e-19. */
const K1 = E2 / 3, K2 = (E2 * E2) / 5, K3 = (E2 ** 3) / 7, K4 = (E2 ** 4) / 9, K5 = (E2 ** 5) / 11, K6 = (E2 ** 6) / 13;

/** q(φ) = sinφ/(1−e²sin²φ) + atanh(e·sinφ)/e, from sin φ. */
function authalicQFromSin(s: number): number {
  const s2 = s * s;
  const atanhTerm = s * (1 + s2 * (K1 + s2 * (K2 + s2 * (K3 + s2 * (K4 + s2 * (K5 + s2 * K6))))));
  return s / (1 - E2 * s2) + atanhTerm;
}

/** q(φ) = sinφ/(1−e²sin²φ) + atanh(e·sinφ)/e. */
export function authalicQ(latRad: number): number {
  return authalicQFromSin(Math.sin(latRad));
}

const Q_POLE = authalicQ(Math.PI / 2);

/**
 * 'geodesic' matches GeographicLib and GDAL; 'graticule' is the bare 32号 trapezoid sum, whose edges
 * run straight in (λ, q) and so follow parallels and meridians exactly (used for graticule cells).
 */
export type EdgeKind = 'geodesic' | 'graticule';

/**
 * Below this edge length (degrees of arc, ≈ 33 m) a geodesic's bow off the (λ, q) chord adds under
 * 1e-4 m² per edge, and opposite edges cancel most of that, so the correction is skipped.
 */
const SHORT_EDGE_DEG2 = 0.0003 ** 2;

/**
 * Unsigned area in m² of one ring given in lon/lat degrees (closed or not), with geodesic edges.
 * The shoelace runs in the equal-area plane (λ, q) where area is exact for edges straight in that
 * plane; a geodesic bows away from such a chord, which on long edges adds up to a few tenths of a
 * ppm. Each long edge therefore adds the parabolic segment through the geodesic midpoint, taken
 * on the authalic sphere (where q = q_p·sin β), which leaves an error far below 0.01 ppm.
 */
export function ringAreaLonLat(ring: readonly (readonly number[])[], edges: EdgeKind = 'geodesic'): number {
  const n = ring.length;
  if (n < 3) return 0;
  // Work relative to the first vertex so the shoelace does not lose digits on small parcels.
  const lonDeg0 = ring[0]![0]!;
  const latDeg0 = ring[0]![1]!;
  const lon0 = lonDeg0 * DEG;
  const q0 = authalicQ(latDeg0 * DEG);
  const cos0 = Math.cos(latDeg0 * DEG);
  let sum = 0;
  let bow = 0;
  let px = 0;
  let py = 0;
  let pLon = lonDeg0;
  let pLat = latDeg0;
  for (let i = 1; i <= n; i++) {
    const p = ring[i % n]!;
    const lon = p[0]!;
    const lat = p[1]!;
    const x = lon * DEG - lon0;
    const y = authalicQ(lat * DEG) - q0;
    sum += px * y - x * py;
    if (edges === 'geodesic') {
      const dl = (lon - pLon) * cos0;
      const db = lat - pLat;
      if (dl * dl + db * db > SHORT_EDGE_DEG2) bow += segmentBow(px, py + q0, x, y + q0, q0);
    }
    px = x;
    py = y;
    pLon = lon;
    pLat = lat;
  }
  const signed = sum / 2 + ((4 / 3) * bow) / 2;
  return Math.abs((signed * (CGCS2000_B * CGCS2000_B)) / 2);
}

/**
 * Twice the signed area of the triangle (start, geodesic midpoint, end) in the (λ, q) plane;
 * the geodesic midpoint is the normalised sum of the endpoints' unit vectors on the authalic sphere.
 */
function segmentBow(x1: number, q1: number, x2: number, q2: number, q0: number): number {
  const s1 = q1 / Q_POLE;
  const s2 = q2 / Q_POLE;
  const c1 = Math.sqrt(Math.max(0, 1 - s1 * s1));
  const c2 = Math.sqrt(Math.max(0, 1 - s2 * s2));
  const sx = c1 * Math.cos(x1) + c2 * Math.cos(x2);
  const sy = c1 * Math.sin(x1) + c2 * Math.sin(x2);
  const sz = s1 + s2;
  const norm = Math.hypot(sx, sy, sz);
  if (norm === 0) return 0;
  const mx = Math.atan2(sy, sx);
  const my = (Q_POLE * sz) / norm - q0;
  const y1 = q1 - q0;
  const y2 = q2 - q0;
  return (mx - x1) * (y2 - y1) - (x2 - x1) * (my - y1);
}

function polygonArea(rings: readonly (readonly (readonly number[])[])[], toLonLat: (p: readonly number[]) => readonly number[]): number {
  let area = 0;
  rings.forEach((ring, i) => {
    const a = ringAreaLonLat(ring.map(toLonLat));
    area += i === 0 ? a : -a;
  });
  return area;
}

/** Ellipsoidal area in m² of a polygon whose coordinates are in `srsId` (a GK zone or CGCS2000 lon/lat). */
export function ellipsoidalArea(geometry: AreaGeometry, srsId: number): number {
  const toLonLat = toLonLatConverter(srsId);
  if (geometry.type === 'Polygon') return polygonArea(geometry.coordinates, toLonLat);
  return geometry.coordinates.reduce((sum, poly) => sum + polygonArea(poly, toLonLat), 0);
}
