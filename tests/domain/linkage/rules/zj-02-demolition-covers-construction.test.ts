import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('ZJ-02 demolition covers construction', () => {
  it('passes when demolition (9000 m²) exceeds construction (6000 m²)', () => {
    expect(findingsOf('ZJ-02', validFacts())).toEqual([]);
  });

  it('is an error when construction exceeds demolition, with totals in 公顷 and 亩', () => {
    const facts = validFacts();
    facts.constructionParcels[0]!.areaM2 = 9500;
    const [finding] = findingsOf('ZJ-02', facts);
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toBe(
      '拆旧地块合计 0.9000 公顷（13.50 亩），建新地块合计 0.9500 公顷（14.25 亩），建新面积超出拆旧面积 0.0500 公顷（0.75 亩）',
    );
  });

  it('warns when the two are equal within the tolerance, since no surplus is left', () => {
    const facts = validFacts();
    facts.constructionParcels[0]!.areaM2 = 9000.005;
    expect(findingsOf('ZJ-02', facts)).toMatchObject([{ severity: 'warning', path: 'constructionParcels' }]);
  });
});
