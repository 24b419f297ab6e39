import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('LT-01 written contract', () => {
  it('lets caretaking (代耕) of exactly one year go without a written contract', () => {
    const facts = validFacts();
    facts.draft.caretakerOnly = true;
    facts.draft.startDate = '2025-10-01';
    facts.draft.endDate = '2026-09-30';
    expect(findingsOf('LT-01', facts)).toEqual([]);
  });

  it('requires a written contract for caretaking one day past a year, pointing at caretakerOnly', () => {
    const facts = validFacts();
    facts.draft.caretakerOnly = true;
    facts.draft.endDate = '2026-10-01';
    const [finding, ...rest] = findingsOf('LT-01', facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'LT-01', severity: 'error', path: 'caretakerOnly' });
    expect(finding!.message).toContain('2026-10-01');
  });

  it('counts a year from 02-29 as ending on 02-28, as the rent schedule does', () => {
    const facts = validFacts();
    facts.draft.caretakerOnly = true;
    facts.draft.startDate = '2024-02-29';
    facts.draft.endDate = '2025-02-28';
    expect(findingsOf('LT-01', facts)).toEqual([]);
    facts.draft.endDate = '2025-03-01';
    expect(findingsOf('LT-01', facts)).toHaveLength(1);
  });
});
