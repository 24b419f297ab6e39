import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('ZJ-01b parcels inside the project area and not overlapping', () => {
  it('passes parcels inside the boundary that do not overlap, ignoring differences within the 0.01 m² tolerance', () => {
    const facts = validFacts();
    facts.demolitionParcels[0]!.outsideProjectM2 = 0.01;
    facts.overlaps = [{ a: 'd1', b: 'c1', areaM2: 0.004 }];
    expect(findingsOf('ZJ-01b', facts)).toEqual([]);
  });

  it('reports a construction parcel partly outside the boundary with the area in m² and 亩', () => {
    const facts = validFacts();
    facts.constructionParcels[0]!.outsideProjectM2 = 150;
    expect(findingsOf('ZJ-01b', facts)).toEqual([
      {
        ruleId: 'ZJ-01b',
        severity: 'error',
        message: '建新地块 JX-001 有 150.00 m²（0.23 亩）在项目区 ZJ371722-2023-01 范围之外',
        path: 'constructionParcels.0.outsideProjectM2',
        parcelIds: ['c1'],
      },
    ]);
  });

  it('reports two overlapping parcels by their codes', () => {
    const facts = validFacts();
    facts.overlaps = [{ a: 'd2', b: 'c1', areaM2: 66.67 }];
    const [finding] = findingsOf('ZJ-01b', facts);
    expect(finding).toMatchObject({ path: 'overlaps.0', parcelIds: ['d2', 'c1'] });
    expect(finding!.message).toBe('地块 CJ-002 与 JX-001 重叠 66.67 m²（0.10 亩），项目区内地块不得重叠');
  });
});
