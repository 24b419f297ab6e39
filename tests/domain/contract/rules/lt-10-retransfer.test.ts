import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('LT-10 re-transfer consent', () => {
  it('is silent when the holder consents to re-transfer in the contract', () => {
    expect(findingsOf('LT-10', validFacts())).toEqual([]);
  });

  it('reminds that re-transfer needs written consent when the box is not ticked', () => {
    const facts = validFacts();
    facts.draft.consents.retransfer = false;
    const [finding] = findingsOf('LT-10', facts);
    expect(finding).toMatchObject({ ruleId: 'LT-10', severity: 'info', path: 'consents.retransfer' });
    expect(finding!.message).toContain('再流转需甲方书面同意');
  });
});
