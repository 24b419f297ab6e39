import { describe, expect, it } from 'vitest';
import { comparisonCell, deficitScenarios } from '../../../renderer/linkage/scenario-comparison';
import { allotmentFor, newScenario, nextScenarioId, scenarioIssues, withHousingType, type Evaluation } from '../../../renderer/linkage/scenario-draft';
import { ScenarioSchema } from '../../../src/domain/linkage/relocation/scenario';
import { muToM2 } from '../../../src/domain/units';

describe('editing a scenario', () => {
  it('numbers a new scenario after the ids already used and starts from a draft the schema accepts once named', () => {
    expect(nextScenarioId(['apartments', 'scenario-3'])).toBe('scenario-4');
    expect(nextScenarioId(['scenario-1'])).toBe('scenario-2');
    const draft = newScenario('scenario-2');
    expect(scenarioIssues(draft).map((i) => i.path)).toEqual(['name']);
    expect(ScenarioSchema.parse({ ...draft, name: '方案二' }).optionRules).toHaveLength(1);
  });

  it('puts apartments and elderly units back to unified construction, and keeps self-build for courtyards', () => {
    const selfBuilt = { ...withHousingType(newScenario('s'), 'courtyard'), constructionMode: 'self_build' as const };
    expect(withHousingType(selfBuilt, 'courtyard').constructionMode).toBe('self_build');
    expect(withHousingType(selfBuilt, 'apartment').constructionMode).toBe('unified');
    // Without the reset the schema refuses the combination, with its reason at constructionMode.
    expect(scenarioIssues({ ...selfBuilt, name: 'x', housingType: 'apartment' })).toEqual([{ path: 'constructionMode', message: expect.stringContaining('自建') }]);
  });

  it('switches the allotment basis to a fresh allotment of that basis', () => {
    const perCapita = { basis: 'per_capita' as const, floorM2PerPerson: 35 };
    expect(allotmentFor('per_capita', perCapita)).toBe(perCapita);
    expect(allotmentFor('per_household', perCapita)).toEqual({ basis: 'per_household', floorM2PerHousehold: 120 });
    expect(allotmentFor('per_capita', { basis: 'per_household', floorM2PerHousehold: 90 })).toEqual({ basis: 'per_capita', floorM2PerPerson: null });
  });
});

describe('the comparison table', () => {
  it('shows land in 亩 with 公顷 beside it, money with separators and shares as percentages', () => {
    expect(comparisonCell({ key: 'land.resettlement', unit: 'm2' }, muToM2(12.345))).toEqual({ text: '12.35', secondary: '0.8230', deficit: false });
    // Floor area is a building measure: it stays in m².
    expect(comparisonCell({ key: 'floorArea', unit: 'm2' }, 8456.755)).toEqual({ text: '8456.76', secondary: null, deficit: false });
    expect(comparisonCell({ key: 'cost.total', unit: 'yuan' }, 1234567.891)).toEqual({ text: '1,234,567.89', secondary: null, deficit: false });
    expect(comparisonCell({ key: 'villages.shareOfRevenue', unit: 'share' }, 0.6)).toMatchObject({ text: '60.00%' });
    expect(comparisonCell({ key: 'households.elderly', unit: 'households' }, 1234)).toMatchObject({ text: '1,234' });
    expect(comparisonCell({ key: 'villages.shareOfRevenue', unit: 'share' }, null)).toEqual({ text: '—', secondary: null, deficit: false });
  });

  it('highlights a negative surplus or funding balance as a deficit, but not a negative figure elsewhere', () => {
    expect(comparisonCell({ key: 'balance.final', unit: 'yuan' }, -0.01).deficit).toBe(true);
    expect(comparisonCell({ key: 'land.surplus', unit: 'm2' }, -5).deficit).toBe(true);
    expect(comparisonCell({ key: 'balance.final', unit: 'yuan' }, 0).deficit).toBe(false);
    const evaluation = {
      evaluations: [{ scenarioId: 'a' }, { scenarioId: 'b' }],
      rows: [
        { key: 'balance.final', label: '资金平衡', unit: 'yuan', values: [100, -100] },
        { key: 'cost.total', label: '总成本', unit: 'yuan', values: [-1, 5] },
      ],
    } as unknown as Evaluation;
    expect(deficitScenarios(evaluation)).toEqual(['b']);
  });
});
