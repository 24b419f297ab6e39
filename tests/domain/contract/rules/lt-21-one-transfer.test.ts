import { describe, expect, it } from 'vitest';
import type { TransferInForce } from '../../../../src/domain/contract/contract-facts';
import { findingsOf, PARCEL_CODES, validFacts } from './facts';

/** 《农村土地承包法》第三十六条、第三十八条: a management right already transferred is not transferred again while that transfer runs. */
const other = (patch: Partial<TransferInForce> = {}): TransferInForce => ({
  contractId: 7,
  number: '37172220251040007',
  status: 'active',
  transfereeName: '单县谢集镇王丰家庭农场',
  startDate: '2025-03-01',
  endDate: '2026-12-31',
  parcelId: 101,
  leasedAreaM2: 2001.5,
  ...patch,
});

describe('LT-21 one parcel, one transfer at a time', () => {
  it('is silent when no contract in force holds the parcels', () => {
    expect(findingsOf('LT-21', validFacts())).toEqual([]);
  });

  it('warns naming the other contract, its number, the parcel and the days both run', () => {
    const facts = validFacts();
    facts.transfersInForce = [other()];
    const [finding, ...rest] = findingsOf('LT-21', facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'LT-21', severity: 'warning', path: 'parcels.0.parcelId', parcelIds: [101] });
    expect(finding!.message).toBe(
      `地块 ${PARCEL_CODES[0]} 在 2025-10-01 至 2026-12-31 已由合同 37172220251040007（乙方“单县谢集镇王丰家庭农场”，2025-03-01 至 2026-12-31，履行中）流转；` +
        '本合同期限 2025-10-01 至 2027-09-30 与之重叠，同一地块的经营权同一时间只能流转一次',
    );
  });

  it('lets parts of a parcel go to several contracts while together they stay within its area', () => {
    const facts = validFacts();
    // Parcel 102: 1500 m² registered, this contract leases 1200 m².
    facts.transfersInForce = [other({ parcelId: 102, leasedAreaM2: 290 })];
    expect(findingsOf('LT-21', facts)).toEqual([]);
    facts.transfersInForce = [other({ parcelId: 102, leasedAreaM2: 400 })];
    const [finding] = findingsOf('LT-21', facts);
    expect(finding!.message).toContain('连同本合同合计流转 2.40 亩，超过地块面积 2.25 亩');
  });

  it('adds up only the contracts in force on the same day', () => {
    const facts = validFacts();
    facts.transfersInForce = [
      other({ parcelId: 102, leasedAreaM2: 290, startDate: '2025-01-01', endDate: '2025-12-31' }),
      other({ contractId: 8, number: 'N8', parcelId: 102, leasedAreaM2: 290, startDate: '2026-01-01', endDate: '2027-12-31' }),
    ];
    expect(findingsOf('LT-21', facts)).toEqual([]);
  });

  it('ignores a contract that ends before this term starts', () => {
    const facts = validFacts();
    facts.transfersInForce = [other({ endDate: '2025-09-30' })];
    expect(findingsOf('LT-21', facts)).toEqual([]);
  });
});
