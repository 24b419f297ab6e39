import { describe, expect, it } from 'vitest';
import { findingsOf, PARCEL_CODES, validFacts } from './facts';

describe('LT-02 term within the contract term', () => {
  it('accepts a transfer ending on the contract end, and one past it when the extension is signed', () => {
    const facts = validFacts();
    facts.draft.endDate = '2027-12-31';
    expect(findingsOf('LT-02', facts)).toEqual([]);
    facts.draft.endDate = '2035-12-31';
    for (const t of facts.transferors) t.extendedEnd = '2057-12-31';
    expect(findingsOf('LT-02', facts)).toEqual([]);
  });

  it('reports each parcel of a household whose contract ends before the transfer, naming code and both dates', () => {
    const facts = validFacts();
    facts.draft.endDate = '2035-12-31';
    facts.transferors[1]!.contractEnd = '2040-12-31';
    const findings = findingsOf('LT-02', facts);
    expect(findings.map((f) => f.parcelIds)).toEqual([[101], [102]]);
    expect(findings[0]).toMatchObject({ ruleId: 'LT-02', severity: 'error', path: 'endDate' });
    expect(findings[0]!.message).toContain(`地块 ${PARCEL_CODES[0]} 的流转期限 2035-12-31 超过承包期 2027-12-31`);
  });

  it('warns when a household has no registered contract end to check against', () => {
    const facts = validFacts();
    facts.transferors[0]!.contractEnd = '';
    const [finding] = findingsOf('LT-02', facts);
    expect(finding).toMatchObject({ severity: 'warning', path: 'endDate', parcelIds: [101, 102] });
    expect(finding!.message).toContain('371722104206010011');
  });
});
