import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('ZJ-07 surplus = accepted − used', () => {
  it('passes 3000 m² confirmed from 9000 accepted less 6000 used, 2000 of it traded in the county', () => {
    expect(findingsOf('ZJ-07', validFacts())).toEqual([]);
  });

  it('rejects surplus confirmed beyond accepted minus used', () => {
    const facts = validFacts();
    const confirm = facts.quotaEvents[4]!;
    confirm.areaM2 = 3500;
    const [finding] = findingsOf('ZJ-07', facts);
    expect(finding).toMatchObject({ severity: 'error', path: 'quotaEvents.4.areaM2' });
    expect(finding!.message).toContain('（ZJ-07）');
  });

  it('rejects a province-wide trade when the county qualifies only within the county', () => {
    const facts = validFacts();
    const trade = facts.quotaEvents[5]!;
    if (trade.kind !== 'tradeSurplus') throw new Error('fixture order changed');
    trade.scope = 'province';
    const [finding] = findingsOf('ZJ-07', facts);
    expect(finding).toMatchObject({ path: 'quotaEvents.5.scope' });
    expect(finding!.message).toContain('国土资发〔2008〕138号');
  });

  it('reports any other broken ledger invariant as making the surplus unverifiable', () => {
    const facts = validFacts();
    facts.quotaEvents[1]!.areaM2 = 7000;
    const [finding] = findingsOf('ZJ-07', facts);
    expect(finding!.message).toMatch(/^指标台账不一致，节余指标无法核对：/);
    expect(findingsOf('ZJ-06', facts)).toEqual([]);
  });
});
