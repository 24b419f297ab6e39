import { describe, expect, it } from 'vitest';
import { overlapRule } from '../../../src/geo/checks/overlap';
import { pointInPolygons } from '../../../src/geo/checks/ring-measures';
import { X0, Y0, parcel, problemsOf, rectRing, setOf } from './parcels';

describe('overlap rule', () => {
  it('does not report parcels that only share an edge', () => {
    const set = setOf(parcel([rectRing(0, 0, 20, 100)]), parcel([rectRing(20, 0, 20, 100)]), parcel([rectRing(0, 100, 40, 10)]));
    expect(problemsOf(overlapRule, set)).toEqual([]);
  });

  it('reports two parcels overlapping by a 0.5 m strip with its area, codes and a point inside the strip', () => {
    const a = parcel([rectRing(0, 0, 20, 100)]);
    const b = parcel([rectRing(19.5, 0, 20, 100)]);
    const [p, ...more] = problemsOf(overlapRule, setOf(a, b));
    expect(more).toEqual([]);
    expect(p!.parcelIds).toEqual([a.id, b.id]);
    expect(p!.severity).toBe('error');
    // 50 m² on the plane; the ellipsoidal figure differs by the zone's scale (< 0.1 %).
    expect(p!.measure!).toBeGreaterThan(49.9);
    expect(p!.measure!).toBeLessThan(50.1);
    expect(p!.message).toContain(a.code);
    expect(p!.message).toContain(b.code);
    expect(p!.message).toMatch(/重叠 (49\.9|50\.0)\d m²/);
    expect(p!.at![0]).toBeGreaterThan(X0 + 19.5);
    expect(p!.at![0]).toBeLessThan(X0 + 20);
    expect(p!.bbox).toEqual([X0 + 19.5, Y0, X0 + 20, Y0 + 100]);
  });

  it('reports a parcel lying wholly inside another and a parcel digitised twice', () => {
    const big = parcel([rectRing(0, 0, 100, 100)]);
    const inner = parcel([rectRing(40, 40, 10, 10)]);
    const twin = parcel([rectRing(200, 0, 20, 20)]);
    const twin2 = parcel([rectRing(200, 0, 20, 20)]);
    const found = problemsOf(overlapRule, setOf(big, inner, twin, twin2));
    expect(found.map((p) => p.parcelIds)).toEqual([[big.id, inner.id], [twin.id, twin2.id]]);
    expect(pointInPolygons(found[0]!.at![0], found[0]!.at![1], inner.polygons)).toBe(1);
  });

  it('ignores overlaps at or below the tolerance', () => {
    const set = setOf(parcel([rectRing(0, 0, 20, 100)]), parcel([rectRing(19.9999, 0, 20, 100)]));
    expect(problemsOf(overlapRule, set)).toEqual([]);
    expect(problemsOf(overlapRule, set, { overlapM2: 0.001 })).toHaveLength(1);
  });
});
