import { describe, expect, it } from 'vitest';
import { pb02BasicFarmlandUse, type BasicFarmlandUse } from '../../../../src/domain/linkage/rules/pb-02-basic-farmland-use';
import { findingsOf } from '../../../../src/domain/linkage/rules/rule';

const parcel = (code: string, use: BasicFarmlandUse['use'], basicFarmland: boolean): BasicFarmlandUse => ({ id: code, code, use, basicFarmland });
const check = (...parcels: BasicFarmlandUse[]) => findingsOf(pb02BasicFarmlandUse, { listPath: 'parcels', parcels });

describe('PB-02 use of permanent basic farmland in a transfer contract', () => {
  it('passes grain on basic farmland and an orchard off it', () => {
    expect(check(parcel('A', 'grain', true), parcel('B', 'orchard', false))).toEqual([]);
  });

  it('rejects orchard, forest, fish pond and non-farm use on basic farmland', () => {
    const found = check(parcel('A', 'orchard', true), parcel('B', 'forest', true), parcel('C', 'fishpond', true), parcel('D', 'non_farm', true));
    expect(found.map((f) => [f.severity, f.path, f.message])).toEqual([
      ['error', 'parcels.0.use', '地块 A 属永久基本农田，不得用于果园'],
      ['error', 'parcels.1.use', '地块 B 属永久基本农田，不得用于林地'],
      ['error', 'parcels.2.use', '地块 C 属永久基本农田，不得用于养鱼坑塘'],
      ['error', 'parcels.3.use', '地块 D 属永久基本农田，不得用于非农建设'],
    ]);
  });

  it('warns about a non-grain crop on basic farmland', () => {
    expect(check(parcel('A', 'vegetable', true))).toMatchObject([{ ruleId: 'PB-02', severity: 'warning', parcelIds: ['A'] }]);
  });
});
