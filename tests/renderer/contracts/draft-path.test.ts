import { describe, expect, it } from 'vitest';
import { closestPath, getAt, setAt } from '../../../renderer/contracts/draft-path';

const draft = { endDate: '2030-12-31', rent: { kind: 'cash', yuanPerMuYear: 800 }, parcels: [{ parcelId: 1, areaM2: null }, { parcelId: 2, areaM2: 500 }] };

describe('draft paths', () => {
  it('read nested object and array fields by dotted path', () => {
    expect(getAt(draft, 'rent.yuanPerMuYear')).toBe(800);
    expect(getAt(draft, 'parcels.1.areaM2')).toBe(500);
    expect(getAt(draft, 'parcels.5.areaM2')).toBeUndefined();
  });

  it('write a nested field into a copy, leaving the original and untouched branches as they were', () => {
    const next = setAt(draft, 'parcels.0.areaM2', 700);
    expect(next.parcels[0]).toEqual({ parcelId: 1, areaM2: 700 });
    expect(Array.isArray(next.parcels)).toBe(true);
    expect(draft.parcels[0]!.areaM2).toBeNull();
    expect(next.rent).toBe(draft.rent);
    expect(setAt(draft, 'endDate', '2028-01-01').endDate).toBe('2028-01-01');
  });

  it('find the nearest field on the form for a finding that names a deeper or whole-section path', () => {
    const present = new Set(['endDate', 'parcels.1', 'rent']);
    expect(closestPath('endDate', present)).toBe('endDate');
    expect(closestPath('parcels.1.areaM2', present)).toBe('parcels.1');
    expect(closestPath('rent.jinPerMuYear', present)).toBe('rent');
    expect(closestPath('riskFund.amountYuan', present)).toBeNull();
  });
});
