import { describe, expect, it } from 'vitest';
import type { ContractDraft } from '../../../src/domain/contract/contract-draft';
import { muToM2 } from '../../../src/domain/units';
import { leasedAreas, previewRent, type PricedParcel } from '../../../renderer/contracts/rent-preview';

const bounds = { east: '', south: '', west: '', north: '' };
const draft = {
  startDate: '2025-01-01',
  endDate: '2027-12-31',
  rent: { kind: 'cash', yuanPerMuYear: 900 },
  payment: { mode: 'annual', dueMonthDay: '12-01', instalments: [], inAdvance: true, method: 'bank_transfer', otherText: '' },
  parcels: [
    { parcelId: 1, areaM2: null, boundaries: bounds, remark: '' },
    { parcelId: 2, areaM2: muToM2(1), boundaries: bounds, remark: '' },
    { parcelId: 3, areaM2: null, boundaries: bounds, remark: '' },
  ],
} as unknown as ContractDraft;

const parcels = new Map<number, PricedParcel>([
  [1, { householdId: 10, ellipsoidM2: muToM2(2) }],
  [2, { householdId: 10, ellipsoidM2: muToM2(5) }],
  [3, { householdId: 20, ellipsoidM2: muToM2(0.5) }],
]);

describe('the live rent calculator', () => {
  it('prices the leased area, not the whole parcel, when the table gives one', () => {
    expect(leasedAreas(draft, parcels).map((a) => [a.householdId, Math.round(a.areaM2 * 1e6) / 1e6])).toEqual([
      [10, Math.round(muToM2(2) * 1e6) / 1e6],
      [10, Math.round(muToM2(1) * 1e6) / 1e6],
      [20, Math.round(muToM2(0.5) * 1e6) / 1e6],
    ]);
  });

  it('gives the annual rent per household and in total, and one payment per household and year', () => {
    const preview = previewRent(draft, parcels);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.firstYear.households.map((h) => [h.householdId, Math.round(h.yuan! * 100) / 100])).toEqual([[10, 2700], [20, 450]]);
    expect(Math.round(preview.firstYear.totalYuan! * 100) / 100).toBe(3150);
    expect(preview.schedule).toHaveLength(6);
    expect(preview.termYuan).toBeCloseTo(9450, 6);
  });

  it('reports an instalment plan that does not add up to 100 % instead of throwing', () => {
    const bad = { ...draft, payment: { ...draft.payment, mode: 'instalments', instalments: [{ monthDay: '03-01', pct: 60 }] } } as ContractDraft;
    const preview = previewRent(bad, parcels);
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.reason).toContain('100');
  });
});
