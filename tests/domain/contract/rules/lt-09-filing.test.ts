import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('LT-09 filing with the contract-issuing party', () => {
  it('shows the filing deadline counted from the signing date', () => {
    const [finding, ...rest] = findingsOf('LT-09', validFacts());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'LT-09', severity: 'info', path: 'filingDays' });
    expect(finding!.message).toContain('30 日内，即 2025-10-20 前');
  });

  it('states the number of days alone while the contract is unsigned', () => {
    const facts = validFacts();
    facts.draft.signedOn = null;
    facts.draft.filingDays = 15;
    const [finding] = findingsOf('LT-09', facts);
    expect(finding!.message).toContain('15 日内，甲方应向发包方备案');
    expect(finding!.message).not.toContain('即');
  });
});
