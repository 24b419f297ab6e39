import { describe, expect, it } from 'vitest';
import { findingsOf, PARCEL_CODES, validFacts } from './facts';

/** 《农村土地经营权流转管理办法》第十九条: the contract names each parcel by its code and area. */
describe('LT-22 contract parcels are current parcels', () => {
  it('is silent while every parcel is in the layer', () => {
    expect(findingsOf('LT-22', validFacts())).toEqual([]);
  });

  it('names the parcels that replaced a split parcel of a draft and asks the planner to confirm them', () => {
    const facts = validFacts();
    facts.parcels[0]!.retired = {
      kind: 'split',
      at: '2026-11-20T02:00:00.000Z',
      successors: [
        { id: 201, code: '3717221042060100201', areaM2: 1000 },
        { id: 202, code: '3717221042060100202', areaM2: 1001.5 },
      ],
      amendmentNo: null,
    };
    const [finding] = findingsOf('LT-22', facts);
    expect(finding).toMatchObject({ ruleId: 'LT-22', severity: 'error', path: 'parcels.0.parcelId', parcelIds: [101] });
    expect(finding!.message).toBe(`地块 ${PARCEL_CODES[0]} 已于 2026-11-20 分割为 3717221042060100201（1.50 亩）、3717221042060100202（1.50 亩），合同仍列原地块；请确认改用新地块`);
  });

  it('only notes a parcel carried over by a recorded amendment', () => {
    const facts = validFacts();
    facts.parcels[1]!.retired = { kind: 'merge', at: null, successors: [{ id: 300, code: 'M1', areaM2: 3000 }], amendmentNo: 2 };
    const [finding] = findingsOf('LT-22', facts);
    expect(finding).toMatchObject({ severity: 'info', message: `地块 ${PARCEL_CODES[1]} 已依第 2 号变更合并为 M1（4.50 亩）` });
  });
});
