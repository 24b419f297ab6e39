import { describe, expect, it } from 'vitest';
import { areaMismatchRule } from '../../../src/geo/checks/area-mismatch';
import { areaM2 } from '../../../src/geo/checks/ring-measures';
import { parcel, problemsOf, rectRing, setOf } from './parcels';

const field = [rectRing(0, 0, 50, 40)];
const computed = areaM2([field], 4527);

describe('area mismatch rule', () => {
  it('accepts a registered area within 5 % of the ellipsoidal area', () => {
    expect(problemsOf(areaMismatchRule, setOf(parcel(field, { registeredM2: computed * 1.04 })))).toEqual([]);
  });

  it('reports a registered area 10 % above the ellipsoidal area with the relative difference as measure', () => {
    const p = parcel(field, { registeredM2: computed * 1.1 });
    const [found] = problemsOf(areaMismatchRule, setOf(p));
    expect(found!.measure!).toBeCloseTo(0.1, 9);
    expect(found!.message).toContain('10.0%');
    expect(found!.message).toContain(p.code);
  });

  it('does not report a small parcel whose difference is under the absolute floor', () => {
    const small = [rectRing(0, 0, 5, 5)];
    const a = areaM2([small], 4527);
    expect(problemsOf(areaMismatchRule, setOf(parcel(small, { registeredM2: a * 1.2 })))).toEqual([]);
    expect(problemsOf(areaMismatchRule, setOf(parcel(small, { registeredM2: a * 1.2 })), { areaMismatchFloorM2: 4 })).toHaveLength(1);
  });

  it('skips parcels without a registered area', () => {
    expect(problemsOf(areaMismatchRule, setOf(parcel(field)))).toEqual([]);
  });
});
