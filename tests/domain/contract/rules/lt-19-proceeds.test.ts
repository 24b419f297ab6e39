import { describe, expect, it } from 'vitest';
import { findingsOf, SPARE_ID, validFacts } from './facts';

describe('LT-19 proceeds to the holder', () => {
  it('accepts a village payee entrusted by every household', () => {
    const facts = validFacts();
    facts.draft.payeeIsHousehold = false;
    facts.draft.agent = { name: '王桥村村民委员会', idNumber: SPARE_ID, powerOfAttorneyHouseholdIds: [11, 12] };
    expect(findingsOf('LT-19', facts)).toEqual([]);
  });

  it('warns when rent goes to someone else without entrustment, naming payee and household', () => {
    const facts = validFacts();
    facts.draft.payeeIsHousehold = false;
    facts.draft.payeeAccount = { name: '王桥村股份经济合作社', number: '1', bank: '单县农商行' };
    facts.draft.agent = { name: '王俊', idNumber: SPARE_ID, powerOfAttorneyHouseholdIds: [11] };
    const [finding] = findingsOf('LT-19', facts);
    expect(finding).toMatchObject({ ruleId: 'LT-19', severity: 'warning', path: 'payeeIsHousehold' });
    expect(finding!.message).toContain('王桥村股份经济合作社');
    expect(finding!.message).toContain('王建民');
    expect(finding!.message).not.toContain('王建国');
  });
});
