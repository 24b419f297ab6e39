import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('LT-14 registration hint', () => {
  it('stays quiet for a term one day short of five years', () => {
    const facts = validFacts();
    facts.draft.endDate = '2030-09-29';
    expect(findingsOf('LT-14', facts)).toEqual([]);
  });

  it('suggests registration for a five-year term, citing the policy figure', () => {
    const facts = validFacts();
    facts.draft.endDate = '2030-09-30';
    const [finding] = findingsOf('LT-14', facts);
    expect(finding).toMatchObject({ ruleId: 'LT-14', severity: 'info', path: 'endDate' });
    expect(finding!.message).toContain('达到 5 年');
    expect(finding!.message).toContain('单农发〔2024〕3号');
  });
});
