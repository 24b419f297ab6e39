import { describe, expect, it } from 'vitest';
import { parametersAt } from '../../../../src/domain/linkage/parameters/linkage-parameters';
import { compareScenarios } from '../../../../src/domain/linkage/relocation/compare-scenarios';
import { APARTMENTS, AREAS, AS_OF, COURTYARDS, TEST_TABLE, wangqiaoHouseholds } from './wangqiao-fixture';

describe('comparing scenarios side by side', () => {
  const { evaluations, rows } = compareScenarios(wangqiaoHouseholds(), [APARTMENTS, COURTYARDS], parametersAt(TEST_TABLE, AS_OF), AREAS);
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('puts each scenario in its own column, in the order given', () => {
    expect(evaluations.map((e) => e.scenarioId)).toEqual(['A', 'B']);
    expect(row('land.resettlement').values).toEqual([3400, 7250]);
    expect(row('land.surplus').values).toEqual([38600, 34750]);
    expect(row('households.courtyard').values).toEqual([0, 34]);
  });

  it('keeps the money rows exact and consistent with the evaluations', () => {
    const [a, b] = row('balance.final').values as number[];
    expect(a).toBeCloseTo(1656207, 6);
    expect(b).toBeCloseTo(1992492, 6);
    expect(row('cost.total').values).toEqual(evaluations.map((e) => e.totalCostYuan));
    expect(row('revenue.price').values).toEqual([286000, 250000]);
  });

  it('labels every row in Chinese with a unit the printer rounds by', () => {
    for (const r of rows) {
      expect(r.label).toMatch(/[\u4e00-\u9fff]/);
      expect(r.values).toHaveLength(2);
    }
    expect(row('land.surplus').unit).toBe('m2');
    expect(row('villages.shareOfRevenue').unit).toBe('share');
  });

  it('refuses two scenarios with the same id', () => {
    expect(() => compareScenarios(wangqiaoHouseholds(), [APARTMENTS, APARTMENTS], parametersAt(TEST_TABLE, AS_OF), AREAS)).toThrow('重复');
  });
});
