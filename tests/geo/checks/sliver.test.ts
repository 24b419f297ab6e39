import { describe, expect, it } from 'vitest';
import { sliverRule } from '../../../src/geo/checks/sliver';
import { framedHole, parcel, problemsOf, rectRing, setOf } from './parcels';

describe('sliver rule', () => {
  it('reports a parcel 0.3 m wide and 100 m long, with its mean width', () => {
    const thin = parcel([rectRing(0, 0, 0.3, 100)]);
    const [p, ...more] = problemsOf(sliverRule, setOf(thin, parcel([rectRing(10, 0, 20, 100)])));
    expect(more).toEqual([]);
    expect(p!.parcelIds).toEqual([thin.id]);
    expect(p!.measure!).toBeCloseTo(30, 1);
    expect(p!.message).toContain('平均宽度 0.30 m');
  });

  it('reports a tiny parcel under the minimum area even when it is square', () => {
    const tiny = parcel([rectRing(0, 0, 0.9, 0.9)]);
    expect(problemsOf(sliverRule, setOf(tiny)).map((p) => p.parcelIds)).toEqual([[tiny.id]]);
    expect(problemsOf(sliverRule, setOf(tiny), { sliverAreaM2: 0.5, sliverWidthM: 0.1 })).toEqual([]);
  });

  it('reports a hole 0.2 m wide and 40 m long between parcels, too large for a gap but too narrow for land', () => {
    const parcels = framedHole(0.2, 40);
    const found = problemsOf(sliverRule, setOf(...parcels));
    expect(found).toHaveLength(1);
    expect(found[0]!.measure!).toBeCloseTo(8, 1);
    expect(found[0]!.message).toContain('狭长空隙');
  });

  it('does not report ordinary parcels or a wide hole', () => {
    expect(problemsOf(sliverRule, setOf(...framedHole(10, 10)))).toEqual([]);
  });
});
