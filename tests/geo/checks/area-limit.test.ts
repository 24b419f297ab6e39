import { describe, expect, it } from 'vitest';
import { areaLimitRule } from '../../../src/geo/checks/area-limit';
import { areaM2 } from '../../../src/geo/checks/ring-measures';
import { parcel, problemsOf, rectRing, setOf } from './parcels';

/** 1000 m × 700 m ≈ 1050 亩 on the plane, a little less on the ellipsoid at 34.9°N. */
const field = [rectRing(0, 0, 1000, 700)];
const computed = areaM2([field], 4527);

describe('area limit rule', () => {
  it('passes a parcel below the dated limit', () => {
    expect(problemsOf(areaLimitRule, setOf(parcel(field)), {}, 2000)).toEqual([]);
  });

  it('warns about a parcel above the limit, giving its area in 亩 and the limit', () => {
    const p = parcel(field);
    const [found] = problemsOf(areaLimitRule, setOf(p), {}, 1000);
    expect(found).toMatchObject({ rule: 'area-limit', severity: 'warning', parcelIds: [p.id], measure: computed });
    expect(found!.message).toMatch(new RegExp(`^地块 ${p.code} 的椭球面积 10\\d\\d\\.\\d\\d 亩超过承包地块面积上限 1000 亩$`));
    expect(found!.at).not.toBeNull();
  });
});
