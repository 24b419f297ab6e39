import { describe, expect, it } from 'vitest';
import { indexLayer, overlapWithLayer } from '../../../src/geo/linkage/layer-overlay';
import { areaOf, rect, SRS } from './fixtures';

/** Three basic-farmland patches: A and B overlap each other, C lies far away. */
const LAYER = [
  { id: 'A', geometry: rect(0, 0, 60, 100) },
  { id: 'B', geometry: rect(40, 0, 60, 100) },
  { id: 'C', geometry: rect(1000, 1000, 50, 50) },
];

describe('overlapWithLayer', () => {
  it('totals the union of the overlaps, so patches that overlap each other count once', () => {
    const parcel = rect(20, 50, 100, 100);
    const overlay = overlapWithLayer(parcel, LAYER, SRS);
    expect(overlay.areaM2).toBeCloseTo(areaOf(rect(20, 50, 80, 50)), 6);
    expect(overlay.byFeature.map((f) => f.id)).toEqual(['A', 'B']);
    expect(overlay.byFeature[0]!.areaM2).toBeCloseTo(areaOf(rect(20, 50, 40, 50)), 6);
    expect(overlay.byFeature[1]!.areaM2).toBeCloseTo(areaOf(rect(40, 50, 60, 50)), 6);
    // The per-feature areas double-count the 20 m wide strip where A and B overlap.
    expect(overlay.byFeature[0]!.areaM2 + overlay.byFeature[1]!.areaM2).toBeGreaterThan(overlay.areaM2 + 999);
  });

  it('gives the same answer from a prebuilt index, reused for several parcels', () => {
    const index = indexLayer(LAYER);
    expect(overlapWithLayer(rect(20, 50, 100, 100), index, SRS).areaM2).toBeCloseTo(overlapWithLayer(rect(20, 50, 100, 100), LAYER, SRS).areaM2, 9);
    expect(overlapWithLayer(rect(1010, 1010, 10, 10), index, SRS)).toMatchObject({ byFeature: [{ id: 'C' }] });
  });

  it('reports no overlap for a parcel clear of the layer, including one touching it', () => {
    expect(overlapWithLayer(rect(100, 0, 50, 50), LAYER, SRS)).toEqual({ geometry: null, areaM2: 0, byFeature: [] });
  });

  it('accepts an empty layer', () => {
    expect(overlapWithLayer(rect(0, 0, 10, 10), [], SRS).areaM2).toBe(0);
  });
});
