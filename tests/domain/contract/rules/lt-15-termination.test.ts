import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('LT-15 termination terms', () => {
  it('accepts a zero termination period when no penalty rate is set for that breach', () => {
    const facts = validFacts();
    facts.draft.penalties.lateDeliveryPer10k = 0;
    facts.draft.penalties.lateDeliveryTerminateDays = 0;
    expect(findingsOf('LT-15', facts)).toEqual([]);
  });

  it('rejects a late-rent penalty whose termination period is 0 days, quoting the rate', () => {
    const facts = validFacts();
    facts.draft.penalties.lateRentPer10k = 8;
    facts.draft.penalties.lateRentTerminateDays = 0;
    const [finding, ...rest] = findingsOf('LT-15', facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'LT-15', severity: 'error', path: 'penalties.lateRentTerminateDays' });
    expect(finding!.message).toContain('万分之8');
  });
});
