import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('LT-03 second-round end and extension', () => {
  it('is silent while the transfer ends by the second-round end', () => {
    expect(findingsOf('LT-03', validFacts())).toEqual([]);
  });

  it('warns once per village when the transfer runs past an unextended second round', () => {
    const facts = validFacts();
    facts.draft.endDate = '2030-09-30';
    const findings = findingsOf('LT-03', facts);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'LT-03', severity: 'warning', path: 'endDate', parcelIds: [101, 102, 103] });
    expect(findings[0]!.message).toContain('王桥村');
    expect(findings[0]!.message).toContain('2027-12-31');
  });

  it('is silent inside a signed extension and an error past the extended end', () => {
    const facts = validFacts();
    facts.draft.endDate = '2030-09-30';
    for (const t of facts.transferors) t.extendedEnd = '2057-12-31';
    expect(findingsOf('LT-03', facts)).toEqual([]);
    facts.draft.endDate = '2058-09-30';
    const [finding] = findingsOf('LT-03', facts);
    expect(finding).toMatchObject({ severity: 'error', path: 'endDate' });
    expect(finding!.message).toContain('2057-12-31');
  });
});
