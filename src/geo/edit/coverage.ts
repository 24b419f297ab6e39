import type { AreaGeometry } from '../../domain/geometry';
import { bboxOf, clip, multiPlanarArea, toMulti, verticesOf } from './planar-ops';

export type AreaOf = (geom: AreaGeometry) => number;

export interface CoverageReport {
  ok: boolean;
  reason?: string;
  /** Official (ellipsoidal) areas from `areaOf`. */
  originalM2: number;
  piecesM2: number;
  /** Planar m² of the original left uncovered, of pieces overlapping each other, of pieces outside it. */
  gapM2: number;
  overlapM2: number;
  outsideM2: number;
}

/** The balance every split, merge and hole must keep: max(1e-6·A, 0.01 m²). */
export const coverageTolerance = (areaM2: number): number => Math.max(1e-6 * areaM2, 0.01);

const fmt = (m2: number) => `${m2.toFixed(m2 < 1 ? 4 : 2)} m²`;

/** Do the pieces cover the original exactly once, and do their official areas add up to it? */
export function checkCoverage(original: AreaGeometry, pieces: readonly AreaGeometry[], areaOf: AreaOf): CoverageReport {
  const orig = toMulti(original);
  const parts = pieces.map(toMulti);
  const union = parts.length === 0 ? [] : clip('union', parts[0]!, ...parts.slice(1));
  const gapM2 = multiPlanarArea(clip('difference', orig, union));
  const outsideM2 = union.length === 0 ? 0 : multiPlanarArea(clip('difference', union, orig));
  const boxes = parts.map((p) => bboxOf(verticesOf(p)));
  let overlapM2 = 0;
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.minX >= b.maxX || b.minX >= a.maxX || a.minY >= b.maxY || b.minY >= a.maxY) continue;
      overlapM2 += multiPlanarArea(clip('intersection', parts[i]!, parts[j]!));
    }
  }
  const originalM2 = areaOf(original);
  const piecesM2 = pieces.reduce((s, p) => s + areaOf(p), 0);
  const tol = coverageTolerance(originalM2);
  const report = { originalM2, piecesM2, gapM2, overlapM2, outsideM2 };
  if (gapM2 > tol) return { ok: false, reason: `pieces do not cover the parcel: gap ${fmt(gapM2)}`, ...report };
  if (overlapM2 > tol) return { ok: false, reason: `pieces overlap each other by ${fmt(overlapM2)}`, ...report };
  if (outsideM2 > tol) return { ok: false, reason: `pieces extend ${fmt(outsideM2)} beyond the parcel`, ...report };
  if (Math.abs(piecesM2 - originalM2) > tol) {
    return { ok: false, reason: `piece areas sum to ${fmt(piecesM2)} but the parcel has ${fmt(originalM2)}`, ...report };
  }
  return { ok: true, ...report };
}
