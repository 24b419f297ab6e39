import { describe, expect, it } from 'vitest';
import { findingsOf, PARCEL_CODES, validFacts } from './facts';

const withCollectiveParcel = () => {
  const facts = validFacts();
  facts.parcels[2]!.householdId = null;
  return facts;
};

describe('LT-13 collective land resolution', () => {
  it('accepts exactly two thirds in favour, publicised before signing', () => {
    const facts = withCollectiveParcel();
    facts.draft.collectiveLand = { resolutionOn: '2025-08-30', inFavour: 40, total: 60, publicised: true };
    expect(findingsOf('LT-13', facts)).toEqual([]);
  });

  it('requires a resolution for a parcel no household holds, naming the parcel', () => {
    const [finding] = findingsOf('LT-13', withCollectiveParcel());
    expect(finding).toMatchObject({ ruleId: 'LT-13', severity: 'error', path: 'collectiveLand', parcelIds: [103] });
    expect(finding!.message).toContain(PARCEL_CODES[2]);
  });

  it('rejects one vote short of two thirds and an unpublicised resolution', () => {
    const facts = withCollectiveParcel();
    facts.draft.collectiveLand = { resolutionOn: '2025-08-30', inFavour: 39, total: 60, publicised: false };
    const findings = findingsOf('LT-13', facts);
    expect(findings.map((f) => f.path)).toEqual(['collectiveLand.inFavour', 'collectiveLand.publicised']);
    expect(findings[0]!.message).toContain('同意 39 人、应到 60 人');
  });
});
