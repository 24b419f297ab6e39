import { describe, expect, it } from 'vitest';
import type { QuotaEvent } from '../../../../src/domain/linkage/quota-ledger';
import { findingsOf, validFacts } from './facts';

/** The valid facts' ledger with the event `id` moved to `date`, kept in date order. */
function moved(id: string, date: string) {
  const facts = validFacts();
  const events = facts.quotaEvents.map((e) => (e.id === id ? { ...e, date } : e));
  facts.quotaEvents = [...events].sort((a: QuotaEvent, b: QuotaEvent) => a.date.localeCompare(b.date));
  return facts;
}

// 国土资发〔2008〕138号: demolition land is reclaimed and accepted before the revolving quota counts as returned and surplus is confirmed.
describe('ZJ-06 returns and surplus drawn only on accepted reclamation', () => {
  it('passes a ledger whose return and surplus follow the acceptance and fit within it', () => {
    expect(findingsOf('ZJ-06', validFacts())).toEqual([]);
  });

  it('rejects a return booked before any reclamation was accepted, pointing at the return', () => {
    const facts = moved('q3', '2025-06-05');
    const [finding, ...rest] = findingsOf('ZJ-06', facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', path: 'quotaEvents.2.areaM2' });
    expect(finding!.message).toContain('事项「q4」');
    expect(finding!.message).toContain('尚无复垦验收');
  });

  it('rejects surplus confirmed without any acceptance', () => {
    const facts = validFacts();
    facts.quotaEvents = facts.quotaEvents.filter((e) => e.kind === 'issueRevolving' || e.kind === 'confirmSurplus');
    const [finding] = findingsOf('ZJ-06', facts);
    expect(finding).toMatchObject({ path: 'quotaEvents.1.areaM2' });
    expect(finding!.message).toContain('截至 2025-06-10');
  });

  it('rejects surplus beyond the accepted area the return left, and ZJ-07 leaves it to this rule', () => {
    const facts = validFacts();
    facts.quotaEvents[4]!.areaM2 = 3500;
    const [finding] = findingsOf('ZJ-06', facts);
    expect(finding).toMatchObject({ path: 'quotaEvents.4.areaM2' });
    expect(finding!.message).toContain('共 14.25 亩，超过已验收复垦面积 13.50 亩');
    expect(findingsOf('ZJ-07', facts)).toEqual([]);
  });

  it('rejects a return and surplus beyond the accepted cultivated land', () => {
    const facts = validFacts();
    const acceptance = facts.quotaEvents[2]!;
    if (acceptance.kind !== 'reclamationAccepted') throw new Error('fixture order changed');
    acceptance.cultivatedM2 = 8000;
    const [finding] = findingsOf('ZJ-06', facts);
    expect(finding).toMatchObject({ path: 'quotaEvents.4.areaM2' });
    expect(finding!.message).toContain('超过已验收复垦耕地 12.00 亩');
  });
});
