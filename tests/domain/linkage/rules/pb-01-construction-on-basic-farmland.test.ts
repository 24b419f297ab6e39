import { describe, expect, it } from 'vitest';
import { findingsOf as runRule } from '../../../../src/domain/linkage/rules/rule';
import { pb01ConstructionOnBasicFarmland } from '../../../../src/domain/linkage/rules/pb-01-construction-on-basic-farmland';
import { findingsOf, validFacts } from './facts';

describe('PB-01 construction and resettlement not on permanent basic farmland', () => {
  it('passes a resettlement parcel not registered as basic farmland', () => {
    expect(findingsOf('PB-01', validFacts())).toEqual([]);
  });

  it('rejects a resettlement parcel registered as basic farmland', () => {
    const facts = validFacts();
    facts.constructionParcels[0]!.basicFarmland = true;
    expect(findingsOf('PB-01', facts)).toEqual([
      {
        ruleId: 'PB-01',
        severity: 'error',
        message: '安置区地块 JX-001 登记为永久基本农田，不得用于安置区',
        path: 'constructionParcels.0.basicFarmland',
        parcelIds: ['c1'],
      },
    ]);
  });

  it('checks any list of sites, pointing into the caller’s own list', () => {
    const sites = [
      { id: 's1', code: 'A', use: 'urban' as const, basicFarmland: false },
      { id: 's2', code: 'B', use: 'urban' as const, basicFarmland: true },
    ];
    expect(runRule(pb01ConstructionOnBasicFarmland, { listPath: 'sites', parcels: sites })).toMatchObject([
      { ruleId: 'PB-01', path: 'sites.1.basicFarmland', parcelIds: ['s2'], message: '城镇建设地块 B 登记为永久基本农田，不得用于城镇建设' },
    ]);
  });
});
