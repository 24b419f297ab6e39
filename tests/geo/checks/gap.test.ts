import { describe, expect, it } from 'vitest';
import { gapRule } from '../../../src/geo/checks/gap';
import { pointInPolygons } from '../../../src/geo/checks/ring-measures';
import { X0, Y0, framedHole, parcel, problemsOf, rectRing, setOf } from './parcels';

describe('gap rule', () => {
  it('reports a 2 m × 2 m hole between four parcels as a gap of about 4 m² naming all four', () => {
    const parcels = framedHole(2, 2);
    const [p, ...more] = problemsOf(gapRule, setOf(...parcels));
    expect(more).toEqual([]);
    expect(p!.measure!).toBeCloseTo(4, 2);
    expect(p!.parcelIds).toEqual(parcels.map((q) => q.id));
    expect(p!.bbox).toEqual([X0 + 10, Y0 + 10, X0 + 12, Y0 + 12]);
    expect(p!.at![0]).toBeGreaterThan(X0 + 10);
    expect(p!.at![0]).toBeLessThan(X0 + 12);
    expect(p!.message).toMatch(/4\.\d\d m² 的缝隙/);
  });

  it('does not report a 10 m × 10 m hole, which is land larger than the gap tolerance', () => {
    expect(problemsOf(gapRule, setOf(...framedHole(10, 10)))).toEqual([]);
    expect(problemsOf(gapRule, setOf(...framedHole(10, 10)), { gapM2: 150 })).toHaveLength(1);
  });

  it('finds the gap by clipping when the parcels around it do not share vertices', () => {
    const parcels = framedHole(2, 2, true);
    const [p, ...more] = problemsOf(gapRule, setOf(...parcels));
    expect(more).toEqual([]);
    expect(p!.measure!).toBeCloseTo(4, 2);
    expect(pointInPolygons(p!.at![0], p!.at![1], [[[[X0 + 10, Y0 + 10], [X0 + 12, Y0 + 10], [X0 + 12, Y0 + 12], [X0 + 10, Y0 + 12], [X0 + 10, Y0 + 10]]]])).toBe(1);
  });

  it('does not report the open space between parcels that do not enclose it', () => {
    const set = setOf(parcel([rectRing(0, 0, 20, 100)]), parcel([rectRing(21, 0, 20, 100)]), parcel([rectRing(0, 100, 41, 10)]));
    expect(problemsOf(gapRule, set)).toEqual([]);
  });

  it('finds a gap next to a pair of overlapping parcels', () => {
    const parcels = framedHole(2, 2);
    const over = parcel([rectRing(-5, 0, 5.5, 10)]);
    const found = problemsOf(gapRule, setOf(...parcels, over));
    expect(found).toHaveLength(1);
    expect(found[0]!.measure!).toBeCloseTo(4, 2);
  });
});
