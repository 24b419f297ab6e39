import { describe, expect, it } from 'vitest';
import { findingsOf, validFacts } from './facts';

describe('ZJ-11 reclaimed land usable', () => {
  it('passes parcels reclaimed to 旱地 and 水浇地', () => {
    expect(findingsOf('ZJ-11', validFacts())).toEqual([]);
  });

  it('warns about a parcel reclaimed to forest without a reason, and accepts it with one', () => {
    const facts = validFacts();
    facts.demolitionParcels[1]!.targetClass = '0301';
    expect(findingsOf('ZJ-11', facts)).toEqual([
      {
        ruleId: 'ZJ-11',
        severity: 'warning',
        message: '拆旧地块 CJ-002 复垦为 0301 乔木林地，不是耕地，应说明理由',
        path: 'demolitionParcels.1.targetJustification',
        parcelIds: ['d2'],
      },
    ]);
    facts.demolitionParcels[1]!.targetJustification = '地块位于河堤护坡，不宜耕作，复垦为防护林';
    expect(findingsOf('ZJ-11', facts)).toEqual([]);
  });

  it('is an error when a parcel has no reclamation target', () => {
    const facts = validFacts();
    facts.demolitionParcels[0]!.targetClass = null;
    expect(findingsOf('ZJ-11', facts)).toMatchObject([{ severity: 'error', path: 'demolitionParcels.0.targetClass' }]);
  });
});
