import { describe, expect, it } from 'vitest';
import { selfIntersectionRule } from '../../../src/geo/checks/self-intersection';
import { X0, Y0, parcel, problemsOf, rectRing, ring, setOf } from './parcels';

describe('self-intersection rule', () => {
  it('reports a bow-tie parcel at its crossing point', () => {
    const bowTie = parcel([ring([0, 0], [10, 10], [10, 0], [0, 10])]);
    const found = problemsOf(selfIntersectionRule, setOf(bowTie, parcel([rectRing(20, 0, 10, 10)])));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.parcelIds[0] === bowTie.id && p.severity === 'error')).toBe(true);
    const crossing = found.find((p) => p.message.includes('自相交'));
    expect(crossing!.at![0]).toBeCloseTo(X0 + 5, 6);
    expect(crossing!.at![1]).toBeCloseTo(Y0 + 5, 6);
  });

  it('does not report a valid parcel with a hole', () => {
    const withHole = parcel([rectRing(0, 0, 50, 50), rectRing(10, 10, 5, 5).reverse()]);
    expect(problemsOf(selfIntersectionRule, setOf(withHole))).toEqual([]);
  });

  it('reports a parcel without coordinates with no place on the map', () => {
    const empty = parcel([], { polygons: [] });
    const [p] = problemsOf(selfIntersectionRule, setOf(empty));
    expect(p!.at).toBeNull();
    expect(p!.bbox).toBeNull();
  });
});
