import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../../../src/domain/geometry';
import { checkCoverage, coverageTolerance } from '../../../src/geo/edit/coverage';
import { EditRefused } from '../../../src/geo/edit/edit-refused';
import { SPLIT_AREA_TOLERANCE_M2, splitByAreas } from '../../../src/geo/edit/split-by-areas';
import { splitByLine } from '../../../src/geo/edit/split-by-line';
import { validatePolygon } from '../../../src/geo/polygon-validity';
import { areaOf, at, poly, rectRing } from './fixtures';

const parcel = poly(rectRing(0, 0, 100, 60));
/** An irregular five-sided field, long axis running north-east. */
const field = poly([[0, 0], [180, 120], [170, 160], [-10, 50], [-20, 10], [0, 0]]);

function expectSoundSplit(original: AreaGeometry, pieces: AreaGeometry[]) {
  for (const p of pieces) expect(validatePolygon(p)).toEqual([]);
  const r = checkCoverage(original, pieces, areaOf);
  expect(r.reason).toBeUndefined();
  expect(Math.abs(r.piecesM2 - r.originalM2)).toBeLessThanOrEqual(coverageTolerance(r.originalM2));
}

describe('splitByLine', () => {
  it('cuts a parcel in two along a line crossing it', () => {
    const pieces = splitByLine(parcel, [at(30, -5), at(35, 65)]);
    expect(pieces).toHaveLength(2);
    expectSoundSplit(parcel, pieces);
    expect(pieces.map(areaOf).sort((a, b) => a - b)[0]).toBeCloseTo(areaOf(poly(rectRing(0, 0, 32.5, 60))), 1);
  });

  it('extends a line that stops short of the edges, and follows a bent line', () => {
    expectSoundSplit(parcel, splitByLine(parcel, [at(50, 10), at(50, 50)]));
    const bent = splitByLine(parcel, [at(-5, 20), at(50, 40), at(105, 20)]);
    expect(bent).toHaveLength(2);
    expectSoundSplit(parcel, bent);
  });

  it('makes three pieces when a zigzag crosses the parcel three times', () => {
    const pieces = splitByLine(parcel, [at(20, -10), at(50, 70), at(80, -10)]);
    expect(pieces).toHaveLength(3);
    expectSoundSplit(parcel, pieces);
  });

  it('refuses a line that does not cross the parcel', () => {
    expect(() => splitByLine(parcel, [at(150, -10), at(160, 70)])).toThrow(EditRefused);
    expect(() => splitByLine(parcel, [at(10, 10), at(10, 10)])).toThrow(/two distinct points/);
  });
});

describe('splitByAreas', () => {
  it('cuts pieces of the target areas across the long axis and leaves the remainder last', () => {
    const targets = [2000, 3333.3333, 1234.5678];
    const pieces = splitByAreas(field, targets, {}, areaOf);
    expect(pieces).toHaveLength(4);
    targets.forEach((t, i) => expect(Math.abs(areaOf(pieces[i]!) - t)).toBeLessThanOrEqual(SPLIT_AREA_TOLERANCE_M2));
    expectSoundSplit(field, pieces);
  });

  it('cuts along a given bearing', () => {
    const pieces = splitByAreas(parcel, [1500], { bearingDeg: 0 }, areaOf);
    expect(pieces).toHaveLength(2);
    expect(Math.abs(areaOf(pieces[0]!) - 1500)).toBeLessThanOrEqual(SPLIT_AREA_TOLERANCE_M2);
    // A north-south cut leaves a western strip about 25 m wide with vertical sides.
    const xs = (pieces[0] as { coordinates: number[][][] }).coordinates[0]!.map((p) => p[0]!);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(25, 1);
    expectSoundSplit(parcel, pieces);
  });

  it('lets the last piece take the remainder when the targets use up the parcel', () => {
    const whole = areaOf(parcel);
    const pieces = splitByAreas(parcel, [whole / 3, whole / 3, whole / 3], {}, areaOf);
    expect(pieces).toHaveLength(3);
    expectSoundSplit(parcel, pieces);
  });

  it('refuses targets that add up to more than the parcel', () => {
    expect(() => splitByAreas(parcel, [3000, 3001], {}, areaOf)).toThrow(/more than the parcel/);
    expect(() => splitByAreas(parcel, [0], {}, areaOf)).toThrow(EditRefused);
  });
});
