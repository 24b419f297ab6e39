import { describe, expect, it } from 'vitest';
import { pairwiseOverlaps } from '../../../src/geo/linkage/pairwise-overlaps';
import { areaOf, rect, SRS } from './fixtures';

describe('pairwiseOverlaps', () => {
  it('reports only pairs whose interiors overlap, not edge neighbours, with the shared area', () => {
    const parcels = [
      { id: 'd1', geometry: rect(0, 0, 100, 100) },
      { id: 'd2', geometry: rect(100, 0, 100, 100) },
      { id: 'c1', geometry: rect(180, 50, 50, 100) },
      { id: 'c2', geometry: rect(500, 500, 10, 10) },
    ];
    const found = pairwiseOverlaps(parcels, SRS);
    expect(found.map((o) => [o.a, o.b])).toEqual([['d2', 'c1']]);
    expect(found[0]!.areaM2).toBeCloseTo(areaOf(rect(180, 50, 20, 50)), 6);
  });

  it('finds every pair on a row of overlapping parcels, in input order', () => {
    const parcels = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, geometry: rect(i * 90, 0, 100, 50) }));
    const found = pairwiseOverlaps(parcels, SRS);
    expect(found.map((o) => `${o.a}-${o.b}`)).toEqual(Array.from({ length: 29 }, (_, i) => `p${i}-p${i + 1}`));
    found.forEach((o, i) => expect(o.areaM2).toBeCloseTo(areaOf(rect((i + 1) * 90, 0, 10, 50)), 6));
  });

  it('finds duplicates and a parcel lying inside another along its edges', () => {
    const parcels = [
      { id: 'whole', geometry: rect(0, 0, 100, 100) },
      { id: 'copy', geometry: rect(0, 0, 100, 100) },
      { id: 'half', geometry: rect(0, 0, 50, 100) },
    ];
    const found = pairwiseOverlaps(parcels, SRS);
    expect(found.map((o) => `${o.a}-${o.b}`)).toEqual(['whole-copy', 'whole-half', 'copy-half']);
    expect(found[0]!.areaM2).toBeCloseTo(areaOf(rect(0, 0, 100, 100)), 6);
    expect(found[2]!.areaM2).toBeCloseTo(areaOf(rect(0, 0, 50, 100)), 6);
  });

  it('finds nothing among fewer than two parcels', () => {
    expect(pairwiseOverlaps([{ id: 'x', geometry: rect(0, 0, 10, 10) }], SRS)).toEqual([]);
  });
});
