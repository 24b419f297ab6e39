import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('ZJ-03 cultivated land not reduced and not worse', () => {
  it('passes when 9000 m² reclaimed to grade 7 replaces 2000 m² of grade 8 (higher number is worse)', () => {
    expect(findingsOf('ZJ-03', validFacts())).toEqual([]);
  });

  it('is an error when the construction parcels occupy more cultivated land than is reclaimed', () => {
    const facts = validFacts();
    facts.demolitionParcels[1]!.targetClass = '0301';
    facts.constructionParcels[0]!.cultivatedOccupiedM2 = 6000;
    const [finding] = findingsOf('ZJ-03', facts);
    expect(finding).toMatchObject({ severity: 'error', path: 'constructionParcels.0.cultivatedOccupiedM2', parcelIds: ['c1'] });
    expect(finding!.message).toBe('复垦为耕地 5000.00 m²（7.50 亩），少于建新占用耕地 6000.00 m²（9.00 亩），耕地减少 1000.00 m²（1.50 亩）');
  });

  it('is an error when the reclaimed land is of a worse grade than the land occupied', () => {
    const facts = validFacts();
    facts.demolitionParcels[0]!.gradeAfter = 10;
    const [finding] = findingsOf('ZJ-03', facts);
    // (5000·10 + 4000·7) / 9000 = 8.67 > 8
    expect(finding!.message).toBe('复垦耕地面积加权平均等别 8.67 劣于建新占用耕地的 8.00（等别数值越大质量越差），耕地质量降低');
  });

  it('reads the grade scale the other way when the county sets higher numbers as better', () => {
    const facts = validFacts();
    facts.policy.gradeDirection = 'higherIsBetter';
    expect(findingsOf('ZJ-03', facts).map((f) => f.message)).toEqual([
      '复垦耕地面积加权平均等别 7.00 劣于建新占用耕地的 8.00（等别数值越大质量越好），耕地质量降低',
    ]);
  });

  it('is an error when a parcel that held cultivated land comes back worse than it was', () => {
    const facts = validFacts();
    facts.demolitionParcels[1]!.gradeBefore = 6;
    expect(findingsOf('ZJ-03', facts)).toMatchObject([{ path: 'demolitionParcels.1.gradeAfter', parcelIds: ['d2'] }]);
  });

  it('warns that quality cannot be checked when a grade is missing', () => {
    const facts = validFacts();
    facts.constructionParcels[0]!.cultivatedGrade = null;
    expect(findingsOf('ZJ-03', facts)).toMatchObject([{ severity: 'warning', parcelIds: ['c1'] }]);
  });
});
