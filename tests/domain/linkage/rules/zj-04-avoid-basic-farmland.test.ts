import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('ZJ-04 construction parcels avoid permanent basic farmland', () => {
  it('passes a construction parcel the overlay found clear of basic farmland', () => {
    expect(findingsOf('ZJ-04', validFacts())).toEqual([]);
  });

  it('reports the overlapping area in m² and 亩', () => {
    const facts = validFacts();
    facts.constructionParcels[0]!.basicFarmlandOverlapM2 = 1333.3333333;
    expect(findingsOf('ZJ-04', facts)).toEqual([
      {
        ruleId: 'ZJ-04',
        severity: 'error',
        message: '建新地块 JX-001 与永久基本农田重叠 1333.33 m²（2.00 亩），建新地块不得占用永久基本农田',
        path: 'constructionParcels.0.basicFarmlandOverlapM2',
        parcelIds: ['c1'],
      },
    ]);
  });

  it('warns when no basic-farmland layer was overlaid', () => {
    const facts = validFacts();
    facts.constructionParcels[0]!.basicFarmlandOverlapM2 = null;
    expect(findingsOf('ZJ-04', facts)).toMatchObject([{ severity: 'warning', parcelIds: ['c1'] }]);
  });
});
