import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('LT-11 financing collateral consent', () => {
  it('is silent when the holder consents to financing collateral', () => {
    expect(findingsOf('LT-11', validFacts())).toEqual([]);
  });

  it('reminds that collateral needs written consent when the box is not ticked', () => {
    const facts = validFacts();
    facts.draft.consents.collateral = false;
    const [finding] = findingsOf('LT-11', facts);
    expect(finding).toMatchObject({ ruleId: 'LT-11', severity: 'info', path: 'consents.collateral' });
    expect(finding!.message).toContain('融资担保需甲方书面同意');
  });
});
