import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('ZJ-06 acceptance before return and surplus', () => {
  it('passes a ledger whose return and surplus follow the acceptance', () => {
    expect(findingsOf('ZJ-06', validFacts())).toEqual([]);
  });

  it('rejects a return booked before any reclamation was accepted, pointing at the return', () => {
    const facts = validFacts();
    const accepted = facts.quotaEvents.splice(2, 1)[0]!;
    facts.quotaEvents.splice(3, 0, { ...accepted, date: '2025-06-01' });
    facts.quotaEvents[3]!.id = 'q3';
    const [finding, ...rest] = findingsOf('ZJ-06', facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', path: 'quotaEvents.2.areaM2' });
    expect(finding!.message).toContain('事项「q4」');
  });

  it('rejects surplus confirmed without any acceptance', () => {
    const facts = validFacts();
    facts.quotaEvents = facts.quotaEvents.filter((e) => e.kind === 'issueRevolving' || e.kind === 'confirmSurplus');
    const [finding] = findingsOf('ZJ-06', facts);
    expect(finding).toMatchObject({ path: 'quotaEvents.1.date' });
    expect(finding!.message).toContain('早于复垦验收');
  });
});
