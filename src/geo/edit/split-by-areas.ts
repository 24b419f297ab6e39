import type { AreaGeometry } from '../../domain/geometry';
import { coverageTolerance, type AreaOf } from './coverage';
import { EditRefused } from './edit-refused';
import { clip, fromMulti, toMulti, verticesOf, type MultiCoords, type Ring } from './planar-ops';

/** How close each piece must come to its target, in official m². */
export const SPLIT_AREA_TOLERANCE_M2 = 1e-4;
const MAX_ITERATIONS = 200;

export interface SplitByAreasOptions {
  /** Direction of the cut lines, degrees clockwise from grid north; default across the long axis. */
  bearingDeg?: number;
}

/**
 * Pieces of the given official areas, cut off one after another by lines parallel to each other,
 * each cut position solved on `areaOf` (the ellipsoidal area) by safeguarded regula falsi. When the
 * targets sum to less than the parcel the remainder is one more piece; when they use it up (within
 * the coverage tolerance) the last piece is the remainder; more than the parcel is refused.
 */
export function splitByAreas(geom: AreaGeometry, targetsM2: readonly number[], opts: SplitByAreasOptions, areaOf: AreaOf): AreaGeometry[] {
  if (targetsM2.length === 0 || targetsM2.some((t) => !(t > 0))) throw new EditRefused('every target area must be a positive number');
  const total = areaOf(geom);
  const sum = targetsM2.reduce((s, t) => s + t, 0);
  const tol = coverageTolerance(total);
  if (sum > total + tol) throw new EditRefused(`the target areas sum to ${sum.toFixed(4)} m², more than the parcel's ${total.toFixed(4)} m²`);
  const cuts = total - sum <= tol ? targetsM2.slice(0, -1) : targetsM2;
  let rest = toMulti(geom);
  const frame = sweepFrame(rest, opts.bearingDeg);
  const pieces: AreaGeometry[] = [];
  cuts.forEach((target, k) => {
    const piece = (c: number) => clip('intersection', rest, [frame.halfPlane(c)]);
    const c = solveCut((c) => areaOf(fromMulti(piece(c))) - target, frame.tMin, frame.tMax, k + 1);
    pieces.push(fromMulti(piece(c)));
    rest = clip('difference', rest, [frame.halfPlane(c)]);
  });
  if (rest.length > 0) pieces.push(fromMulti(rest));
  return pieces;
}

/** Regula falsi (Illinois variant) with a bisection step whenever it stalls; f(lo) < 0 ≤ f(hi). */
function solveCut(f: (c: number) => number, lo: number, hi: number, pieceNo: number): number {
  let flo = f(lo);
  let fhi = f(hi);
  if (fhi < 0) throw new EditRefused(`piece ${pieceNo} cannot reach its target area in what is left of the parcel`);
  let side = 0;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    let c = (lo * fhi - hi * flo) / (fhi - flo);
    if (!(c > lo && c < hi) || i % 4 === 3) c = (lo + hi) / 2;
    const fc = f(c);
    if (Math.abs(fc) <= SPLIT_AREA_TOLERANCE_M2 / 10) return c;
    if (fc < 0) {
      (lo = c), (flo = fc);
      if (side === -1) fhi /= 2;
      side = -1;
    } else {
      (hi = c), (fhi = fc);
      if (side === 1) flo /= 2;
      side = 1;
    }
    if (hi - lo < 1e-9) return Math.abs(flo) < Math.abs(fhi) ? lo : hi;
  }
  throw new EditRefused(`the cut for piece ${pieceNo} did not converge on its target area`);
}

interface SweepFrame {
  tMin: number;
  tMax: number;
  /** Everything on the near side of the cut at sweep position c. */
  halfPlane(c: number): Ring[];
}

function sweepFrame(m: MultiCoords, bearingDeg: number | undefined): SweepFrame {
  const pts = [...verticesOf(m)];
  const [ox, oy] = pts[0]!;
  const cutAngle = bearingDeg === undefined ? longAxisAngle(m, ox, oy) + Math.PI / 2 : Math.PI / 2 - (bearingDeg * Math.PI) / 180;
  const d: [number, number] = [Math.cos(cutAngle), Math.sin(cutAngle)];
  const s: [number, number] = [d[1], -d[0]];
  const ts = pts.map(([x, y]) => (x - ox) * s[0] + (y - oy) * s[1]);
  const us = pts.map(([x, y]) => (x - ox) * d[0] + (y - oy) * d[1]);
  const tMin = Math.min(...ts);
  const tMax = Math.max(...ts);
  const margin = Math.max(tMax - tMin, Math.max(...us) - Math.min(...us)) + 1;
  const uLo = Math.min(...us) - margin;
  const uHi = Math.max(...us) + margin;
  const at = (t: number, u: number): [number, number] => [ox + t * s[0] + u * d[0], oy + t * s[1] + u * d[1]];
  return {
    tMin,
    tMax,
    halfPlane: (c) => {
      const back = tMin - margin;
      return [[at(back, uLo), at(c, uLo), at(c, uHi), at(back, uHi), at(back, uLo)]];
    },
  };
}

/** Angle of the axis of largest spread of the polygon's area (second moments about its centroid). */
function longAxisAngle(m: MultiCoords, ox: number, oy: number): number {
  let a = 0, cx = 0, cy = 0, sxx = 0, syy = 0, sxy = 0;
  for (const poly of m) {
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const x0 = ring[i]![0] - ox, y0 = ring[i]![1] - oy;
        const x1 = ring[i + 1]![0] - ox, y1 = ring[i + 1]![1] - oy;
        const cr = x0 * y1 - x1 * y0;
        a += cr / 2;
        cx += ((x0 + x1) * cr) / 6;
        cy += ((y0 + y1) * cr) / 6;
        sxx += ((x0 * x0 + x0 * x1 + x1 * x1) * cr) / 12;
        syy += ((y0 * y0 + y0 * y1 + y1 * y1) * cr) / 12;
        sxy += ((x0 * y1 + 2 * x0 * y0 + 2 * x1 * y1 + x1 * y0) * cr) / 24;
      }
    }
  }
  cx /= a;
  cy /= a;
  const ixx = sxx / a - cx * cx;
  const iyy = syy / a - cy * cy;
  const ixy = sxy / a - cx * cy;
  return 0.5 * Math.atan2(2 * ixy, ixx - iyy);
}
