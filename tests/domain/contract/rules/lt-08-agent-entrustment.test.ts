import { describe, expect, it } from 'vitest';
import { findingsOf, PARCEL_CODES, SPARE_ID, validFacts } from './facts';

describe('LT-08 written entrustment of an agent', () => {
  it('accepts an agent holding a power of attorney from every household', () => {
    const facts = validFacts();
    facts.draft.agent = { name: '王俊', idNumber: SPARE_ID, powerOfAttorneyHouseholdIds: [11, 12] };
    expect(findingsOf('LT-08', facts)).toEqual([]);
  });

  it('names each household the agent signs for without a power of attorney', () => {
    const facts = validFacts();
    facts.draft.agent = { name: '王俊', idNumber: SPARE_ID, powerOfAttorneyHouseholdIds: [11] };
    const [finding, ...rest] = findingsOf('LT-08', facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'LT-08', severity: 'error', path: 'agent.powerOfAttorneyHouseholdIds', parcelIds: [103] });
    expect(finding!.message).toContain('王建民');
  });

  it('rejects a parcel whose household is not a party, and an agent without a valid ID', () => {
    const facts = validFacts();
    facts.draft.transferorHouseholdIds = [11];
    facts.draft.agent = { name: '王俊', idNumber: '12345', powerOfAttorneyHouseholdIds: [11, 12] };
    const findings = findingsOf('LT-08', facts);
    expect(findings.map((f) => f.path)).toEqual(['transferorHouseholdIds', 'agent.idNumber']);
    expect(findings[0]!.message).toContain(PARCEL_CODES[2]);
    expect(findings[0]!.parcelIds).toEqual([103]);
    expect(findings[1]!.message).toContain('12345');
  });
});
