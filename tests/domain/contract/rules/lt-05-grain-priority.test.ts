import { describe, expect, it } from 'vitest';
import { findingsOf, PARCEL_CODES, validFacts } from './facts';

describe('LT-05 grain priority', () => {
  it('accepts vegetables on cultivated land with a justification, and any use on non-cultivated land', () => {
    const facts = validFacts();
    facts.draft.useKind = 'vegetable';
    facts.draft.nonGrainJustification = '县蔬菜产业规划区内，轮作小麦';
    expect(findingsOf('LT-05', facts)).toEqual([]);
    facts.draft.nonGrainJustification = '';
    for (const p of facts.parcels) p.landClass = '0201';
    expect(findingsOf('LT-05', facts)).toEqual([]);
  });

  it('warns when cultivated parcels leave grain without a reason, naming them', () => {
    const facts = validFacts();
    facts.draft.useKind = 'vegetable';
    facts.draft.use = '种植蔬菜';
    facts.parcels[1]!.landClass = '0201';
    const [finding, ...rest] = findingsOf('LT-05', facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'LT-05', severity: 'warning', path: 'nonGrainJustification', parcelIds: [101, 103] });
    expect(finding!.message).toContain(`${PARCEL_CODES[0]}、${PARCEL_CODES[2]}`);
    expect(finding!.message).not.toContain(PARCEL_CODES[1]);
  });
});
