import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

/**
 * 《民法典》第三百四十条: the holder of a transferred management right occupies the land for the contract's
 * term; demolition or construction on it has to be settled with the parties to the transfer first.
 */
describe('ZJ-12 linkage parcels on land under a transfer in force', () => {
  it('is silent when no contracted parcel under the project is held by a contract in force', () => {
    expect(findingsOf('ZJ-12', validFacts())).toEqual([]);
  });

  it('flags the construction parcel, naming the contracted parcel, the overlap and the contract', () => {
    const facts = validFacts();
    const parcel = facts.constructionParcels[0]!;
    facts.contractedLand = [
      {
        linkageParcelId: parcel.id,
        parcelCode: '3717221042060100041',
        overlapM2: 120.5,
        contractId: 1,
        contractNumber: '37172220251040001',
        transfereeName: '单县谢集镇王丰家庭农场',
        startDate: '2025-03-01',
        endDate: '2027-12-31',
      },
    ];
    const [finding, ...rest] = findingsOf('ZJ-12', facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'ZJ-12', severity: 'warning', parcelIds: [parcel.id] });
    expect(finding!.message).toBe(
      `建新地块 ${parcel.code} 与承包地块 3717221042060100041 重叠 120.50 m²（0.18 亩），该地块经营权已由合同 37172220251040001（乙方“单县谢集镇王丰家庭农场”，2025-03-01 至 2027-12-31）流转；须先与流转双方协商变更、解除或补偿`,
    );
  });
});
