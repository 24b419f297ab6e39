import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('LT-16 priority of collective members', () => {
  it('is silent for a transferee from the collective', () => {
    const facts = validFacts();
    facts.transferee.collectiveMember = true;
    expect(findingsOf('LT-16', facts)).toEqual([]);
  });

  it('notes the members’ priority for an outside transferee, naming it', () => {
    const [finding] = findingsOf('LT-16', validFacts());
    expect(finding).toMatchObject({ ruleId: 'LT-16', severity: 'info', path: 'transfereePartyId' });
    expect(finding!.message).toContain('单县丰收农机专业合作社');
  });
});
