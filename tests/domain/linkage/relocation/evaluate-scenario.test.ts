import { describe, expect, it } from 'vitest';
import { parametersAt } from '../../../../src/domain/linkage/parameters/linkage-parameters';
import { evaluateScenario } from '../../../../src/domain/linkage/relocation/evaluate-scenario';
import { ScenarioSchema } from '../../../../src/domain/linkage/relocation/scenario';
import { formatMu, roundHalfUp } from '../../../../src/domain/units';
import { APARTMENTS, AREAS, AS_OF, COURTYARDS, TEST_TABLE, wangqiaoHouseholds } from './wangqiao-fixture';

const params = parametersAt(TEST_TABLE, AS_OF);
const yuanOf = (e: ReturnType<typeof evaluateScenario>, item: string) => e.costs.find((c) => c.item === item)?.yuan;

describe('evaluating unified apartments for the 40 households of 王桥村', () => {
  const e = evaluateScenario(wangqiaoHouseholds(), APARTMENTS, params, AREAS);

  it('sends the six households whose members are all 70 or over (one turning 70 that day) to elderly units', () => {
    expect(e.byHousing.elderly).toEqual({ households: 6, persons: 12, floorAreaM2: 360, landM2: 450 });
    expect(e.placements.filter((p) => p.housing === 'elderly').map((p) => p.code)).toEqual(['C01', 'C02', 'C03', 'C04', 'C05', 'C06']);
  });

  it('houses the other 118 persons in 3,540 m² of apartments on 2,950 m² of land at plot ratio 1.2', () => {
    expect(e.byHousing.apartment).toEqual({ households: 34, persons: 118, floorAreaM2: 3540, landM2: 2950 });
    expect(e.resettlementLandM2).toBe(3400);
  });

  it('frees 42,000 − 3,400 = 38,600 m² (57.90 亩) of surplus quota worth 57.9 × 286,000 = 16,559,400 yuan', () => {
    expect(e.surplusM2).toBe(38600);
    expect(formatMu(e.surplusM2)).toBe('57.90');
    expect(e.revenue.priceYuanPerMu).toBe(286000);
    expect(e.revenue.yuan).toBeCloseTo(16559400, 6);
  });

  it('itemises compensation by structure class and the homestead', () => {
    expect(yuanOf(e, 'compensationYuanPerM2.brickConcrete')).toBe(2208000); // 2,760 m² × 800
    expect(yuanOf(e, 'compensationYuanPerM2.brickWood')).toBe(600000); // 1,000 × 600
    expect(yuanOf(e, 'compensationYuanPerM2.earthWood')).toBe(192000); // 480 × 400
    expect(yuanOf(e, 'compensationYuanPerM2.simple')).toBe(36000); // 240 × 150
    expect(yuanOf(e, 'compensation.homestead')).toBe(434000); // 8,680 × 50
    expect(e.costByGroup.compensation).toBe(3470000);
  });

  it('charges allowances, reclamation per 亩, construction per m², infrastructure and fees', () => {
    expect(yuanOf(e, 'allowance.moving')).toBe(40000);
    expect(yuanOf(e, 'allowance.transition.unified')).toBe(624000); // 130 persons × 24 months × 200
    expect(e.costByGroup.reclamation).toBeCloseTo(1260000, 6); // 63 亩 × 20,000
    expect(yuanOf(e, 'construction.apartment')).toBe(6372000); // 3,540 × 1,800
    expect(yuanOf(e, 'construction.elderly')).toBe(576000); // 360 × 1,600
    expect(e.costByGroup.infrastructure).toBe(1540000); // 40 × 30,000 + 3,400 m² × 100
    expect(yuanOf(e, 'fees.survey')).toBeCloseTo(20250, 6); // 67.5 亩 × 300
    expect(yuanOf(e, 'fees.design')).toBeCloseTo(277640, 6); // 2% of direct 13,882,000
    expect(yuanOf(e, 'fees.acceptance')).toBeCloseTo(13500, 6); // 67.5 亩 × 200
    expect(e.totalCostYuan).toBeCloseTo(14193390, 6);
  });

  it('balances at 16,559,400 − 14,193,390 = 2,366,010 yuan and returns 30% of it to the villages on top of 12,622,000 in kind', () => {
    expect(e.netGainYuan).toBeCloseTo(2366010, 6);
    expect(e.villages.inKindYuan).toBe(12622000);
    expect(e.villages.gainShareYuan).toBeCloseTo(709803, 6);
    expect(e.villages.totalYuan).toBeCloseTo(13331803, 6);
    expect(roundHalfUp(e.villages.shareOfRevenue! * 100, 2)).toBe(80.51);
    expect(e.balanceYuan).toBeCloseTo(1656207, 6);
  });

  it('lists every parameter entry it used with value and source, and none it did not', () => {
    const paths = e.parameters.map((p) => p.path);
    expect(paths).toContain('quotaPriceYuanPerMu.province');
    expect(paths).toContain('plotRatio.apartment');
    expect(paths).not.toContain('quotaPriceYuanPerMu.county');
    expect(paths).not.toContain('selfBuildSubsidyYuanPerM2');
    expect(paths).not.toContain('homesteadCapM2.plain');
    expect(e.parameters.find((p) => p.path === 'quotaPriceYuanPerMu.province')).toMatchObject({ value: 286000, source: '测试：省内价一' });
  });
});

describe('evaluating self-built courtyards for the same village', () => {
  const e = evaluateScenario(wangqiaoHouseholds(), COURTYARDS, params, AREAS);

  it('gives 34 households a 200 m² plain-tier plot and keeps elderly units, using 7,250 m² of land', () => {
    expect(e.byHousing.courtyard).toEqual({ households: 34, persons: 118, floorAreaM2: 4080, landM2: 6800 });
    expect(e.resettlementLandM2).toBe(7250);
    expect(e.surplusM2).toBe(34750);
    expect(formatMu(e.surplusM2)).toBe('52.13'); // 52.125 rounds half up only at display
  });

  it('pays a self-build subsidy instead of construction and shorter transition for self-builders', () => {
    expect(yuanOf(e, 'construction.selfBuildSubsidy')).toBe(1224000); // 4,080 m² × 300
    expect(yuanOf(e, 'construction.courtyard')).toBeUndefined();
    expect(yuanOf(e, 'allowance.transition.self_build')).toBe(283200); // 118 × 12 × 200
    expect(yuanOf(e, 'allowance.transition.unified')).toBe(57600); // 12 × 24 × 200
    expect(e.totalCostYuan).toBeCloseTo(9046266, 6);
  });

  it('sells 52.125 亩 in the county at 250,000 and returns half the 3,984,984 yuan gain', () => {
    expect(e.revenue.yuan).toBeCloseTo(13031250, 6);
    expect(e.netGainYuan).toBeCloseTo(3984984, 6);
    expect(e.villages.totalYuan).toBeCloseTo(7575800 + 1992492, 6);
    expect(e.balanceYuan).toBeCloseTo(1992492, 6);
  });
});

describe('scenario evaluation edge cases', () => {
  it('counts only the accepted share of the reclaimable land as surplus', () => {
    const e = evaluateScenario(wangqiaoHouseholds(), APARTMENTS, params, { ...AREAS, acceptedShare: 0.9 });
    expect(e.acceptedReclaimedM2).toBe(37800);
    expect(e.surplusM2).toBe(34400);
  });

  it('warns and earns nothing when resettlement needs more land than the project frees', () => {
    const e = evaluateScenario(wangqiaoHouseholds(), COURTYARDS, params, { demolitionM2: 8000, reclaimableM2: 7000 });
    expect(e.surplusM2).toBe(-250);
    expect(e.revenue.yuan).toBe(0);
    expect(e.villages.gainShareYuan).toBe(0);
    expect(e.villages.shareOfRevenue).toBeNull();
    expect(e.warnings.join()).toContain('0.38 亩');
  });

  it('caps a courtyard plot above the tier standard and says so once', () => {
    const s = ScenarioSchema.parse({ ...COURTYARDS, homesteadM2: 220 });
    const e = evaluateScenario(wangqiaoHouseholds(), s, params, AREAS);
    expect(e.byHousing.courtyard.landM2).toBe(6800);
    expect(e.warnings.filter((w) => w.includes('超过面积标准'))).toHaveLength(1);
  });

  it('uses the price in force on the evaluation date', () => {
    const later = evaluateScenario(wangqiaoHouseholds(), APARTMENTS, parametersAt(TEST_TABLE, '2025-07-01'), AREAS);
    expect(later.revenue.priceYuanPerMu).toBe(320000);
  });

  it('names the missing parameter and date when no entry is in force', () => {
    expect(() => evaluateScenario(wangqiaoHouseholds(), COURTYARDS, parametersAt(TEST_TABLE, '1999-12-31'), AREAS)).toThrow(
      /1999-12-31 没有生效的「homesteadCapM2\.plain/,
    );
  });

  it('rejects a reclaimable area larger than the demolition area', () => {
    expect(() => evaluateScenario(wangqiaoHouseholds(), APARTMENTS, params, { demolitionM2: 100, reclaimableM2: 101 })).toThrow('可复垦面积');
  });
});
