import { describe, expect, it } from 'vitest';
import { planarArea } from '../../../src/geo/planar-area';
import { outsideArea, overlapArea } from '../../../src/geo/linkage/overlay';
import { areaOf, poly, rect, rectRing, SRS, X0 } from './fixtures';

describe('overlapArea', () => {
  it('measures the shared part of two parcels as the ellipsoidal area of the intersection', () => {
    const shared = overlapArea(rect(0, 0, 100, 100), rect(50, 20, 100, 100), SRS);
    const expected = rect(50, 20, 50, 80);
    expect(shared.areaM2).toBeCloseTo(areaOf(expected), 6);
    // 1.15° off the central meridian the planar 4000 m² is about 1.1 m² too large.
    expect(planarArea(shared.geometry!, SRS)).toBeCloseTo(4000, 6);
    expect(4000 - shared.areaM2).toBeGreaterThan(0.9);
    expect(4000 - shared.areaM2).toBeLessThan(1.3);
  });

  it('finds nothing between neighbours that only share an edge', () => {
    expect(overlapArea(rect(0, 0, 100, 100), rect(100, 0, 100, 100), SRS)).toEqual({ geometry: null, areaM2: 0 });
  });

  it('keeps the hole of a parcel out of the overlap', () => {
    const withHole = poly(rectRing(0, 0, 100, 100), rectRing(40, 40, 20, 20).reverse());
    const shared = overlapArea(withHole, rect(0, 0, 100, 100), SRS);
    expect(shared.areaM2).toBeCloseTo(areaOf(rect(0, 0, 100, 100)) - areaOf(rect(40, 40, 20, 20)), 6);
  });

  it('keeps the real coordinates of the vertices the intersection reuses', () => {
    const shared = overlapArea(rect(0, 0, 100, 100), rect(50, -10, 100, 100), SRS);
    const xs = shared.geometry!.type === 'Polygon' ? shared.geometry!.coordinates[0]!.map((p) => p[0]) : [];
    expect(xs).toContain(X0 + 100);
  });
});

describe('outsideArea', () => {
  it('is empty for a parcel inside the project area', () => {
    expect(outsideArea(rect(10, 10, 50, 50), rect(0, 0, 200, 200), SRS).areaM2).toBe(0);
  });

  it('measures the part sticking out of the project area', () => {
    const out = outsideArea(rect(180, 0, 40, 50), rect(0, 0, 200, 200), SRS);
    expect(out.areaM2).toBeCloseTo(areaOf(rect(200, 0, 20, 50)), 6);
  });

  it('is the whole parcel when it lies entirely outside', () => {
    const parcel = rect(300, 300, 30, 30);
    expect(outsideArea(parcel, rect(0, 0, 200, 200), SRS).areaM2).toBeCloseTo(areaOf(parcel), 6);
  });
});
