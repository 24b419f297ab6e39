import { describe, expect, it } from 'vitest';
import { findingsOf, PARCEL_CODES, validFacts } from './facts';

describe('LT-04 agricultural use', () => {
  it('allows an orchard on parcels that are not permanent basic farmland', () => {
    const facts = validFacts();
    facts.draft.useKind = 'orchard';
    for (const p of facts.parcels) p.basicFarmland = false;
    expect(findingsOf('LT-04', facts)).toEqual([]);
  });

  it('rejects a fish pond on each basic-farmland parcel, naming it', () => {
    const facts = validFacts();
    facts.draft.useKind = 'fishpond';
    const findings = findingsOf('LT-04', facts);
    expect(findings.map((f) => f.parcelIds)).toEqual([[101], [103]]);
    expect(findings[1]).toMatchObject({ ruleId: 'LT-04', severity: 'error', path: 'useKind' });
    expect(findings[1]!.message).toBe(`地块 ${PARCEL_CODES[2]} 属永久基本农田，不得用于鱼塘`);
  });

  it('rejects a non-farm use for the whole contract', () => {
    const facts = validFacts();
    facts.draft.useKind = 'non_farm';
    facts.draft.use = '建设仓库';
    const [finding] = findingsOf('LT-04', facts);
    expect(finding).toMatchObject({ severity: 'error', path: 'useKind', parcelIds: [101, 102, 103] });
    expect(finding!.message).toContain('建设仓库');
  });
});
