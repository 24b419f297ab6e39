import { describe, expect, it } from 'vitest';
import type { RentBasis } from '../../../src/domain/contract/contract-draft';
import { formatYuan } from '../../../src/domain/contract/capital-numerals';
import { annualRent, grainPriceForYear, rentPerHousehold } from '../../../src/domain/contract/rent';
import { muToM2 } from '../../../src/domain/units';

const cash = (yuanPerMuYear: number): RentBasis => ({ kind: 'cash', yuanPerMuYear });
const wheat: Extract<RentBasis, { kind: 'grain' }> = {
  kind: 'grain',
  grain: 'wheat',
  jinPerMuYear: 500,
  priceRef: 'market',
  priceDate: '05-10',
  basePriceYuanPerJin: 1.3,
  resetEveryYears: 3,
};
const share = (scheme: 'dividend_only' | 'guaranteed_plus_dividend', guaranteed: number | null): RentBasis => ({
  kind: 'share',
  scheme,
  guaranteedYuanPerMuYear: guaranteed,
  contributionYuan: 10000,
  shares: null,
  dissolutionReturnsLand: true,
  preferredShares: false,
});

describe('annual rent', () => {
  it('is 1,000 yuan per 亩 × 5.38 亩 = 5,380.00 yuan in cash', () => {
    const rent = annualRent(muToM2(5.38), cash(1000), 1, []);
    expect(rent.yuan).toBeCloseTo(5380, 9);
    expect(formatYuan(rent.yuan!)).toBe('5,380.00');
    expect(rent.estimated).toBe(false);
  });

  it('values 500 斤 of wheat per 亩 at 1.30 yuan/斤 for three years, then at the recorded reset price 1.42', () => {
    const area = muToM2(5.38);
    // 500 × 1.30 × 5.38 = 3,497.00; 500 × 1.42 × 5.38 = 3,819.80
    for (const year of [1, 2, 3]) expect(annualRent(area, wheat, year, [{ year: 4, yuanPerJin: 1.42 }]).yuan).toBeCloseTo(3497, 9);
    for (const year of [4, 5, 6]) {
      const rent = annualRent(area, wheat, year, [{ year: 4, yuanPerJin: 1.42 }]);
      expect(rent.yuan).toBeCloseTo(3819.8, 9);
      expect(rent.estimated).toBe(false);
    }
  });

  it('estimates a reset year with no recorded price at the last known price and flags it', () => {
    const prices = [{ year: 4, yuanPerJin: 1.42 }];
    expect(grainPriceForYear(wheat, 7, prices)).toEqual({ yuanPerJin: 1.42, estimated: true });
    expect(grainPriceForYear(wheat, 4, [])).toEqual({ yuanPerJin: 1.3, estimated: true });
    expect(grainPriceForYear(wheat, 7, [...prices, { year: 7, yuanPerJin: 1.25 }])).toEqual({ yuanPerJin: 1.25, estimated: false });
    // a price recorded in a year that is not a reset changes nothing until the next reset
    expect(grainPriceForYear(wheat, 5, [...prices, { year: 5, yuanPerJin: 2 }])).toEqual({ yuanPerJin: 1.42, estimated: false });
    expect(() => grainPriceForYear(wheat, 0, [])).toThrow(/合同年度/);
  });

  it('counts only the guaranteed minimum of a share entry and flags the unknown dividend', () => {
    const guaranteed = annualRent(muToM2(5.38), share('guaranteed_plus_dividend', 800), 1, []);
    expect(guaranteed.yuan).toBeCloseTo(4304, 9);
    expect(guaranteed.dividendUnknown).toBe(true);
    const dividendOnly = annualRent(muToM2(5.38), share('dividend_only', null), 1, []);
    expect(dividendOnly).toEqual({ yuan: 0, estimated: false, dividendUnknown: true });
  });

  it('has no amount for rent agreed in another form', () => {
    expect(annualRent(1000, { kind: 'other', text: '以劳务抵租' }, 1, []).yuan).toBeNull();
  });
});

describe('rent per household', () => {
  it('sums the parcels of each household and totals the households', () => {
    const rows = [
      { householdId: 1, areaM2: muToM2(2) },
      { householdId: 2, areaM2: muToM2(3.38) },
      { householdId: 1, areaM2: muToM2(1) },
    ];
    const rent = rentPerHousehold(rows, cash(1000), 1, []);
    expect(rent.households.map((h) => h.householdId)).toEqual([1, 2]);
    expect(rent.households[0]!.yuan).toBeCloseTo(3000, 9);
    expect(rent.households[1]!.yuan).toBeCloseTo(3380, 9);
    expect(rent.totalYuan).toBeCloseTo(6380, 9);
  });

  it('totals the exact amounts, so the printed total is not the sum of printed parts', () => {
    const rows = [1, 2, 3].map((householdId) => ({ householdId, areaM2: muToM2(0.12345) }));
    const rent = rentPerHousehold(rows, cash(100), 1, []);
    expect(rent.households.map((h) => formatYuan(h.yuan!))).toEqual(['12.35', '12.35', '12.35']);
    expect(formatYuan(rent.totalYuan!)).toBe('37.04');
  });

  it('carries the estimate and dividend flags and has no total for rent in another form', () => {
    const rows = [{ householdId: 1, areaM2: muToM2(1) }];
    expect(rentPerHousehold(rows, wheat, 4, []).estimated).toBe(true);
    expect(rentPerHousehold(rows, share('guaranteed_plus_dividend', 800), 1, []).dividendUnknown).toBe(true);
    const other = rentPerHousehold(rows, { kind: 'other', text: '协商' }, 1, []);
    expect(other.totalYuan).toBeNull();
    expect(other.households[0]!.yuan).toBeNull();
  });
});
