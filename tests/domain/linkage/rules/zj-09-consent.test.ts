import { describe, expect, it } from 'vitest';
import { findingsOf, households, SHILOU, validFacts } from './facts';

describe('ZJ-09 consent before demolition is scheduled', () => {
  it('passes 19 of 20 households (exactly 95%) in 史楼村', () => {
    expect(findingsOf('ZJ-09', validFacts())).toEqual([]);
  });

  it('rejects scheduling 史楼村 with 18 of 20 consenting, citing the threshold', () => {
    const facts = validFacts();
    facts.demolitionParcels[1]!.households = households(SHILOU, 18, 2);
    const [finding, ...rest] = findingsOf('ZJ-09', facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', path: 'demolitionParcels.1.scheduledDemolitionDate', parcelIds: ['d2'] });
    expect(finding!.message).toMatch(/^史楼村 截至 2023-06-15 签字同意的农户 18\/20 户（90%），低于 95%，不得于 2023-06-15 安排拆除（依据：山东省 2020 年新闻发布会/);
  });

  it('does not count consent signed after the scheduled date', () => {
    const facts = validFacts();
    // 王桥村: 20 of 20 agreed, but two signed after 2023-06-01, leaving 18 of 20 in time.
    facts.demolitionParcels[0]!.households[0]!.consent.signedOn = '2023-06-02';
    expect(findingsOf('ZJ-09', facts)).toEqual([]);
    facts.demolitionParcels[0]!.households[1]!.consent.signedOn = '2023-06-02';
    expect(findingsOf('ZJ-09', facts)).toMatchObject([{ parcelIds: ['d1'] }]);
  });

  it('requires the village meeting resolution before the scheduled date', () => {
    const facts = validFacts();
    facts.project.villages[0]!.resolution = null;
    expect(findingsOf('ZJ-09', facts)).toMatchObject([{ path: 'project.villages.0.resolution', parcelIds: ['d1'] }]);
  });

  it('uses the threshold in force on the scheduled date, not today', () => {
    const facts = validFacts();
    facts.policy.consentThreshold = [
      { value: 0.95, effectiveFrom: '2020-01-01', source: '山东省 2020 年新闻发布会' },
      { value: 1, effectiveFrom: '2024-01-01', source: '假设的新规定' },
    ];
    expect(findingsOf('ZJ-09', facts)).toEqual([]);
    facts.demolitionParcels[1]!.scheduledDemolitionDate = '2024-03-01';
    expect(findingsOf('ZJ-09', facts)).toMatchObject([{ parcelIds: ['d2'] }]);
  });

  it('ignores villages with nothing scheduled yet', () => {
    const facts = validFacts();
    facts.demolitionParcels[1]!.households = households(SHILOU, 0, 20);
    facts.demolitionParcels[1]!.scheduledDemolitionDate = null;
    expect(findingsOf('ZJ-09', facts)).toEqual([]);
  });
});
