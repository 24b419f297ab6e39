import { describe, expect, it } from 'vitest';
import { coordinateRangeRule } from '../../../src/geo/checks/coordinate-range';
import { parcel, problemsOf, rectRing, setOf } from './parcels';

describe('coordinate range rule', () => {
  it('passes parcels whose vertices lie in zone 39 of China', () => {
    expect(problemsOf(coordinateRangeRule, setOf(parcel([rectRing(0, 0, 20, 100)])))).toEqual([]);
  });

  it('reports, as an error with no place on the map, a stored parcel whose easting lacks the zone prefix', () => {
    const p = parcel([[[417_640, 3_853_000], [417_660, 3_853_000], [417_660, 3_853_100], [417_640, 3_853_000]]]);
    const [found, ...more] = problemsOf(coordinateRangeRule, setOf(parcel([rectRing(0, 0, 20, 100)]), p));
    expect(more).toEqual([]);
    expect(found).toMatchObject({ rule: 'coordinate-range', severity: 'error', parcelIds: [p.id], at: null, bbox: null });
    expect(found!.message).toBe(`地块 ${p.code} 第 1 个面第 1 环第 1 个顶点的东坐标 417640 不符合 EPSG:4527（应为带号 39 的 8 位东坐标，39000000…40000000）`);
  });
});
