import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

// 国土资发〔2008〕138号: only the reclaimed land left once the revolving quota is returned is surplus, and only confirmed surplus is traded.
describe('ZJ-07 surplus is what accepted reclamation leaves after the return', () => {
  it('passes 3000 m² confirmed from 9000 accepted less 6000 used, 2000 of it traded in the county', () => {
    expect(findingsOf('ZJ-07', validFacts())).toEqual([]);
  });

  it('rejects surplus confirmed before the revolving quota used was returned, pointing at the confirmation date', () => {
    const facts = validFacts();
    const [q1, q2, q3, q4, q5, q6] = facts.quotaEvents;
    facts.quotaEvents = [q1!, q2!, q3!, q5!, { ...q4!, date: '2025-06-20' }, q6!];
    const [finding] = findingsOf('ZJ-07', facts);
    expect(finding).toMatchObject({ severity: 'error', path: 'quotaEvents.3.date' });
    expect(finding!.message).toContain('尚有 9.00 亩 未归还（节余指标须在项目区已用的周转指标全部归还后方可确认，ZJ-07）');
    expect(findingsOf('ZJ-06', facts)).toEqual([]);
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
