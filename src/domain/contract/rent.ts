import type { RentBasis } from './contract-draft';

/**
 * Annual rent under each rent form of the 2021 model text (domain.md B.4). Results stay exact (no
 * rounding): amounts are rounded to the fen only when printed, and totals are summed before that.
 */

/** A grain price recorded for a contract year (1 = the first), read on the basis's priceDate. */
export interface GrainPrice {
  year: number;
  yuanPerJin: number;
}

export interface GrainPriceForYear {
  yuanPerJin: number;
  /** The price of this year's reset is not recorded yet; the last known price stands in. */
  estimated: boolean;
}

/**
 * The grain price in force in a contract year: the base price until the first reset (after
 * `resetEveryYears` years), then the price recorded for the latest reset year. Missing that, the
 * latest price recorded up to that year (or the base price) is used and flagged as an estimate.
 */
export function grainPriceForYear(basis: Extract<RentBasis, { kind: 'grain' }>, yearIndex: number, prices: readonly GrainPrice[]): GrainPriceForYear {
  if (!Number.isInteger(yearIndex) || yearIndex < 1) throw new RangeError(`合同年度应为从 1 起的整数，收到 ${yearIndex}`);
  const resetYear = 1 + Math.floor((yearIndex - 1) / basis.resetEveryYears) * basis.resetEveryYears;
  if (resetYear === 1) return { yuanPerJin: basis.basePriceYuanPerJin, estimated: false };
  const recorded = prices.find((p) => p.year === resetYear);
  if (recorded) return { yuanPerJin: recorded.yuanPerJin, estimated: false };
  const earlier = prices.filter((p) => p.year < resetYear).sort((a, b) => a.year - b.year).at(-1);
  return { yuanPerJin: earlier?.yuanPerJin ?? basis.basePriceYuanPerJin, estimated: true };
}

export interface AnnualRent {
  /** Exact yuan for the year; null when the rent is not a sum of money (kind 'other'). */
  yuan: number | null;
  estimated: boolean;
  /** Share entry: the dividend part is not known in advance and counts as 0 here. */
  dividendUnknown: boolean;
}

/** The rent of one contract year for an area in m² (亩 = m² × 15 / 10000, multiplied before dividing). */
export function annualRent(areaM2: number, basis: RentBasis, yearIndex: number, prices: readonly GrainPrice[]): AnnualRent {
  const perMu = (yuanPerMu: number): number => (areaM2 * 15 * yuanPerMu) / 10000;
  switch (basis.kind) {
    case 'cash':
      return { yuan: perMu(basis.yuanPerMuYear), estimated: false, dividendUnknown: false };
    case 'grain': {
      const price = grainPriceForYear(basis, yearIndex, prices);
      return { yuan: perMu(basis.jinPerMuYear * price.yuanPerJin), estimated: price.estimated, dividendUnknown: false };
    }
    case 'share': {
      const guaranteed = basis.scheme === 'guaranteed_plus_dividend' ? (basis.guaranteedYuanPerMuYear ?? 0) : 0;
      return { yuan: perMu(guaranteed), estimated: false, dividendUnknown: true };
    }
    case 'other':
      return { yuan: null, estimated: false, dividendUnknown: false };
  }
}

export interface LeasedArea {
  householdId: number;
  areaM2: number;
}

export interface HouseholdRent {
  householdId: number;
  /** The household's leased area summed over its rows. */
  areaM2: number;
  yuan: number | null;
}

export interface RentByHousehold {
  households: HouseholdRent[];
  /** Sum of the exact household amounts; null for kind 'other'. */
  totalYuan: number | null;
  estimated: boolean;
  dividendUnknown: boolean;
}

/** One contract year's rent per household (rows of one household are summed, in first-seen order) and in total. */
export function rentPerHousehold(rows: readonly LeasedArea[], basis: RentBasis, yearIndex: number, prices: readonly GrainPrice[]): RentByHousehold {
  const areas = new Map<number, number>();
  for (const row of rows) areas.set(row.householdId, (areas.get(row.householdId) ?? 0) + row.areaM2);
  const probe = annualRent(0, basis, yearIndex, prices);
  const households = [...areas].map(([householdId, areaM2]) => ({ householdId, areaM2, yuan: annualRent(areaM2, basis, yearIndex, prices).yuan }));
  const totalYuan = probe.yuan === null ? null : households.reduce((sum, h) => sum + (h.yuan ?? 0), 0);
  return { households, totalYuan, estimated: probe.estimated, dividendUnknown: probe.dividendUnknown };
}
