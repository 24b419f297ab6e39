import { describe, expect, it } from 'vitest';
import { checkCoverage, coverageTolerance } from '../../../src/geo/edit/coverage';
import { areaOf, poly, rectRing } from './fixtures';

describe('checkCoverage', () => {
  const parcel = poly(rectRing(0, 0, 100, 60));

  it('accepts two halves that tile the parcel, with official areas that balance', () => {
    const r = checkCoverage(parcel, [poly(rectRing(0, 0, 40, 60)), poly(rectRing(40, 0, 60, 60))], areaOf);
    expect(r.ok).toBe(true);
    expect(Math.abs(r.piecesM2 - r.originalM2)).toBeLessThanOrEqual(coverageTolerance(r.originalM2));
    expect(r.gapM2).toBe(0);
  });

  it('refuses pieces leaving a gap, naming its size', () => {
    const r = checkCoverage(parcel, [poly(rectRing(0, 0, 40, 60)), poly(rectRing(40.01, 0, 59.99, 60))], areaOf);
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/^pieces do not cover the parcel: gap 0\.6000 m²/);
  });

  it('refuses overlapping pieces and pieces reaching outside', () => {
    expect(checkCoverage(parcel, [poly(rectRing(0, 0, 41, 60)), poly(rectRing(40, 0, 60, 60))], areaOf).reason).toMatch(/overlap each other by 60\.00 m²/);
    expect(checkCoverage(parcel, [poly(rectRing(0, 0, 40, 61)), poly(rectRing(40, 0, 60, 60))], areaOf).reason).toMatch(/beyond the parcel/);
  });

  it('refuses pieces whose official areas do not add up even when they tile the parcel', () => {
    const r = checkCoverage(parcel, [poly(rectRing(0, 0, 40, 60)), poly(rectRing(40, 0, 60, 60))], (g) => areaOf(g) * 1.001);
    expect(r.ok).toBe(true);
    const skewed = checkCoverage(parcel, [poly(rectRing(0, 0, 40, 60)), poly(rectRing(40, 0, 60, 60))], (g) => (g === parcel ? areaOf(g) : areaOf(g) + 1));
    expect(skewed.reason).toMatch(/piece areas sum to/);
  });
});
