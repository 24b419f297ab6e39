import { describe, expect, it } from 'vitest';
import { findingsOf, SPARE_ID, validFacts } from './facts';

describe('LT-07 identity numbers of the parties', () => {
  it('accepts an individual transferee with a valid ID and a collective with an N… credit code', () => {
    const facts = validFacts();
    facts.transferee = { ...facts.transferee, kind: 'individual', uscc: null, idNumber: SPARE_ID };
    expect(findingsOf('LT-07', facts)).toEqual([]);
    facts.transferee = { ...facts.transferee, kind: 'collective', uscc: 'N2371722MF1234567M', idNumber: null };
    expect(findingsOf('LT-07', facts)).toEqual([]);
  });

  it('rejects a cooperative credit code with a wrong check character, naming it', () => {
    const facts = validFacts();
    facts.transferee.uscc = '93371722MA3C4F5K0A';
    const [finding] = findingsOf('LT-07', facts);
    expect(finding).toMatchObject({ ruleId: 'LT-07', severity: 'error', path: 'transfereePartyId' });
    expect(finding!.message).toContain('93371722MA3C4F5K0A');
  });

  it('rejects a collective whose valid credit code was not issued by agriculture (not N…)', () => {
    const facts = validFacts();
    facts.transferee.kind = 'collective';
    const [finding] = findingsOf('LT-07', facts);
    expect(finding).toMatchObject({ path: 'transfereePartyId' });
    expect(finding!.message).toContain('N 开头');
  });

  it('rejects a household head with a bad or missing ID, pointing at that household', () => {
    const facts = validFacts();
    facts.transferors[1]!.headIdNumber = '371722197207084023';
    facts.transferors[0]!.headIdNumber = null;
    const findings = findingsOf('LT-07', facts);
    expect(findings.map((f) => f.path)).toEqual(['transferorHouseholdIds.0', 'transferorHouseholdIds.1']);
    expect(findings[1]!.message).toContain('王建民');
    expect(findings[1]!.message).toContain('371722197207084023');
    expect(findings[1]!.parcelIds).toEqual([103]);
  });
});
