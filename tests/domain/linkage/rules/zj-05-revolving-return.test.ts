import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

/** The valid project with its revolving quota never returned (and hence no surplus either). */
function unreturned(asOf: string) {
  const facts = validFacts();
  facts.asOf = asOf;
  facts.quotaEvents = facts.quotaEvents.filter((e) => e.kind === 'issueRevolving' || e.kind === 'useForConstruction');
  return facts;
}

describe('ZJ-05 revolving quota returned within the deadline', () => {
  it('passes quota that was returned in full', () => {
    expect(findingsOf('ZJ-05', validFacts())).toEqual([]);
  });

  it('says nothing about unreturned quota before the warning month', () => {
    expect(findingsOf('ZJ-05', unreturned('2025-08-31'))).toEqual([]);
  });

  it('warns from month 30 with the date it falls due', () => {
    const [finding] = findingsOf('ZJ-05', unreturned('2025-09-01'));
    expect(finding).toMatchObject({ severity: 'warning', path: 'quotaEvents.0' });
    expect(finding!.message).toContain('2023-03-01 下达的周转指标（鲁自然资挂〔2023〕5号）尚有 6000.00 m²（9.00 亩）未归还，已 30 个月，最迟应于 2026-03-01 归还');
  });

  it('still warns on the deadline day, and is an error from the day after it, citing the source of the limit', () => {
    expect(findingsOf('ZJ-05', unreturned('2026-03-01'))).toMatchObject([{ severity: 'warning' }]);
    const [finding] = findingsOf('ZJ-05', unreturned('2026-03-02'));
    expect(finding).toMatchObject({ severity: 'error', path: 'quotaEvents.0' });
    expect(finding!.message).toContain('已超过归还期限 2026-03-01（依据：国土资发〔2008〕138号');
  });

  it('is an error once the project deadline has passed, even before month 30, but not on the deadline day', () => {
    const facts = unreturned('2024-01-01');
    facts.project.deadline = '2024-01-01';
    expect(findingsOf('ZJ-05', facts)).toEqual([]);
    facts.asOf = '2024-01-02';
    expect(findingsOf('ZJ-05', facts)).toMatchObject([{ severity: 'error' }]);
    expect(findingsOf('ZJ-05', facts)[0]!.message).toContain('项目区实施期限 2024-01-01 已过');
  });
});
