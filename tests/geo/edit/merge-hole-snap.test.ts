import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../../../src/geo/edit/coverage';
import { cutHole } from '../../../src/geo/edit/cut-hole';
import { mergePolygons } from '../../../src/geo/edit/merge';
import { clip, multiPlanarArea, toMulti } from '../../../src/geo/edit/planar-ops';
import { snapToNeighbours } from '../../../src/geo/edit/snap';
import { areaOf, at, poly, rectRing, X0, Y0 } from './fixtures';

describe('mergePolygons', () => {
  it('merges parcels sharing an edge into one polygon of their combined area', () => {
    const a = poly(rectRing(0, 0, 40, 60));
    const b = poly(rectRing(40, 0, 60, 60));
    const merged = mergePolygons([a, b]);
    expect(merged.type).toBe('Polygon');
    expect(checkCoverage(merged, [a, b], areaOf).ok).toBe(true);
  });

  it('refuses parcels apart from each other or meeting only at a corner', () => {
    expect(() => mergePolygons([poly(rectRing(0, 0, 40, 60)), poly(rectRing(41, 0, 60, 60))])).toThrow(/do not share a boundary/);
    expect(() => mergePolygons([poly(rectRing(0, 0, 40, 60)), poly(rectRing(40, 60, 60, 60))])).toThrow(/only at a point|do not share/);
    expect(() => mergePolygons([poly(rectRing(0, 0, 40, 60))])).toThrow(/at least two/);
  });
});

describe('cutHole', () => {
  const parcel = poly(rectRing(0, 0, 100, 60));

  it('cuts a ring inside the parcel out of it, and the two balance', () => {
    const ring = [at(10, 10), at(30, 10), at(30, 25), at(10, 25)];
    const { result, hole } = cutHole(parcel, ring);
    expect(areaOf(parcel) - areaOf(result)).toBeCloseTo(areaOf(hole), 6);
    expect(checkCoverage(parcel, [result, hole], areaOf).ok).toBe(true);
  });

  it('refuses a ring reaching outside the parcel or crossing itself', () => {
    expect(() => cutHole(parcel, [at(90, 10), at(110, 10), at(110, 20), at(90, 20)])).toThrow(/beyond the parcel/);
    expect(() => cutHole(parcel, [at(10, 10), at(20, 20), at(20, 10), at(10, 20)])).toThrow(/not a valid polygon/);
  });
});

describe('snapToNeighbours', () => {
  const neighbour = poly(rectRing(0, 0, 40, 60));

  it('moves vertices millimetres off a neighbour onto its corners and edges, so the two neither overlap nor leave a gap', () => {
    const drawn = poly([[40.003, -0.002], [100, 0], [100, 60], [39.998, 60.001], [40.004, 30], [40.003, -0.002]]);
    const snapped = snapToNeighbours(drawn, [neighbour], 0.05);
    const ring = (snapped as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring[0]).toEqual([X0 + 40, Y0]);
    expect(ring[3]).toEqual([X0 + 40, Y0 + 60]);
    expect(ring[4]![0]).toBe(X0 + 40);
    expect(multiPlanarArea(clip('intersection', toMulti(snapped), toMulti(neighbour)))).toBe(0);
    const union = clip('union', toMulti(snapped), toMulti(neighbour));
    expect(union).toHaveLength(1);
    expect(union[0]).toHaveLength(1);
  });

  it('inserts a neighbour corner lying on a drawn edge and leaves far vertices alone', () => {
    const small = poly(rectRing(40, 0, 10, 20));
    const drawn = poly([[0, 0], [40, 0], [40, 60], [0, 60], [0, 0]]);
    const snapped = snapToNeighbours(drawn, [small], 0.05);
    const ring = (snapped as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring).toContainEqual([X0 + 40, Y0 + 20]);
    expect(ring).toContainEqual([X0, Y0 + 60]);
    expect(snapToNeighbours(poly(rectRing(200, 200, 10, 10)), [neighbour], 0.05)).toEqual(poly(rectRing(200, 200, 10, 10)));
  });
});
