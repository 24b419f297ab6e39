import type { CheckTolerances, Problem } from '../../../src/domain/check-report';
import { AREA_LIMIT_DEFAULTS } from '../../../src/domain/area-limits';
import { DEFAULT_CHECK_TOLERANCES } from '../../../src/domain/check-report';
import { buildParcelSet, type CheckParcel, type ParcelSet } from '../../../src/geo/checks/parcel-set';
import type { CheckRule } from '../../../src/geo/checks/rule';

/** Hand-made parcels in EPSG:4527 (zone 39 with prefix), about 1.1° west of the central meridian near 34.9°N. */
export const X0 = 39402000;
export const Y0 = 3860000;

/** A ring from local (metre) offsets, closed. */
export const ring = (...pts: [number, number][]): number[][] => [...pts, pts[0]!].map(([x, y]) => [X0 + x, Y0 + y]);

export const rectRing = (x: number, y: number, w: number, h: number) => ring([x, y], [x + w, y], [x + w, y + h], [x, y + h]);

let serial = 0;
export function parcel(rings: number[][][], extra: Partial<CheckParcel> = {}): CheckParcel {
  serial++;
  return { id: serial, code: `3717221040010100${String(serial).padStart(3, '0')}`, registeredM2: null, polygons: [rings], ...extra };
}

export const setOf = (...parcels: CheckParcel[]): ParcelSet => buildParcelSet(parcels, 4527);

export function problemsOf(
  rule: CheckRule,
  set: ParcelSet,
  tolerances: Partial<CheckTolerances> = {},
  maxParcelMu = AREA_LIMIT_DEFAULTS.contractedParcel.mu,
): Problem[] {
  const out: Problem[] = [];
  for (const _ of rule.run({ set, tolerances: { ...DEFAULT_CHECK_TOLERANCES, ...tolerances }, maxParcelMu, report: (p) => out.push(p) }));
  return out;
}

/**
 * Four parcels framing a w × h hole at (10, 10) in a block, sharing their vertices as surveyed parcels do.
 * With `tJunctions` the bottom parcel's top edge skips the hole's corners, so edges no longer pair up.
 */
export function framedHole(w: number, h: number, tJunctions = false): CheckParcel[] {
  const W = 20 + w, H = 20 + h;
  const bottom = tJunctions ? ring([0, 0], [W, 0], [W, 10], [0, 10]) : ring([0, 0], [W, 0], [W, 10], [10 + w, 10], [10, 10], [0, 10]);
  return [
    parcel([bottom]),
    parcel([ring([0, 10 + h], [10, 10 + h], [10 + w, 10 + h], [W, 10 + h], [W, H], [0, H])]),
    parcel([ring([0, 10], [10, 10], [10, 10 + h], [0, 10 + h])]),
    parcel([ring([10 + w, 10], [W, 10], [W, 10 + h], [10 + w, 10 + h])]),
  ];
}
