import type { HousingType, ResolvedParameters } from '../parameters/linkage-parameters';
import type { ParameterCitations } from '../parameters/parameter-citations';
import { ageOn, type RelocationHousehold } from './relocation-household';
import type { OptionRule, Scenario } from './scenario';
import type { HouseholdPlacement } from './scenario-evaluation';

export type { HouseholdPlacement };

/**
 * Where each household goes under a scenario and the land that takes: a courtyard takes a homestead
 * plot (the tier's cap unless the scenario sets less); apartments and elderly units take their floor
 * area divided by the plot ratio. Areas are exact m².
 */

export const HOUSING_LABELS: Record<HousingType, string> = { apartment: '楼房', courtyard: '平房院落', elderly: '老年周转房' };

function housingOf(household: RelocationHousehold, scenario: Scenario, asOf: string): HousingType {
  const matches = (rule: OptionRule): boolean =>
    rule.kind === 'listed'
      ? rule.householdCodes.includes(household.code)
      : household.members.every((m) => ageOn(m.birthDate, asOf) >= rule.minAge);
  return scenario.optionRules.find(matches)?.housing ?? scenario.housingType;
}

export function placeHouseholds(
  households: readonly RelocationHousehold[],
  scenario: Scenario,
  params: ResolvedParameters,
  cite: ParameterCitations,
  warnings: string[],
): HouseholdPlacement[] {
  const v = params.values;
  const allotted = (persons: number): number => {
    const a = scenario.allotment;
    if (a.basis === 'per_household') return a.floorM2PerHousehold;
    const perPerson = a.floorM2PerPerson ?? cite.value(v.floorAreaPerCapitaM2, 'floorAreaPerCapitaM2 人均安置建筑面积');
    return persons * perPerson;
  };
  const plotRatio = (type: 'apartment' | 'elderly'): number =>
    scenario.plotRatio[type] ?? cite.value(v.plotRatio[type], `plotRatio.${type} ${HOUSING_LABELS[type]}容积率`);
  let plot: number | null = null;
  const homestead = (): number => (plot ??= homesteadPlot());
  const homesteadPlot = (): number => {
    const cap = cite.value(v.homesteadCapM2[scenario.homesteadTier], `homesteadCapM2.${scenario.homesteadTier} 宅基地面积标准`);
    if (scenario.homesteadM2 === null) return cap;
    if (scenario.homesteadM2 > cap) {
      warnings.push(`方案「${scenario.name}」每户宅基地 ${scenario.homesteadM2} m² 超过面积标准 ${cap} m²，按标准 ${cap} m² 计算`);
      return cap;
    }
    return scenario.homesteadM2;
  };

  return households.map((h) => {
    const persons = h.members.length;
    const housing = housingOf(h, scenario, params.asOf);
    const base = { code: h.code, headName: h.headName, villageName: h.villageName, persons, housing };
    if (housing === 'elderly') {
      const floorAreaM2 = scenario.elderlyUnitFloorM2;
      return { ...base, selfBuilt: false, floorAreaM2, landM2: floorAreaM2 / plotRatio('elderly') };
    }
    const floorAreaM2 = allotted(persons);
    if (housing === 'apartment') return { ...base, selfBuilt: false, floorAreaM2, landM2: floorAreaM2 / plotRatio('apartment') };
    const landM2 = homestead();
    if (floorAreaM2 > landM2) {
      warnings.push(`户 ${h.code}（${h.headName}）平房建筑面积 ${floorAreaM2} m² 大于宅基地 ${landM2} m²，单层院落无法容纳`);
    }
    return { ...base, selfBuilt: scenario.constructionMode === 'self_build', floorAreaM2, landM2 };
  });
}
