import type { MethodOutput } from '../../src/api/contract';
import { ScenarioSchema, type Allotment, type ScenarioInput } from '../../src/domain/linkage/relocation/scenario';

/**
 * Editing a relocation scenario: a plain ScenarioInput changed field by field, checked with the
 * domain's own ScenarioSchema so the form shows the same refusals the core would give.
 */

export type SavedScenario = MethodOutput<'linkage.scenarios.list'>[number];
export type Evaluation = MethodOutput<'linkage.scenarios.evaluate'>;

export const HOUSING_TYPES = ['apartment', 'courtyard', 'elderly'] as const;
export const CONSTRUCTION_MODES = ['unified', 'self_build'] as const;
export const HOMESTEAD_TIERS = ['suburb', 'plain', 'salineWaste', 'hill', 'poorSlope'] as const;
export const TRADING_SCOPES = ['county', 'province', 'crossProvince'] as const;

/** A scenario id not yet used by the project: scenario-1, scenario-2, … */
export function nextScenarioId(taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`scenario-${n}`)) return `scenario-${n}`;
}

/** A new scenario: unified apartments at the county's per-capita figure, elderly households of 70+ in turnaround units. */
export const newScenario = (id: string): ScenarioInput => ({
  id,
  name: '',
  housingType: 'apartment',
  constructionMode: 'unified',
  allotment: { basis: 'per_capita', floorM2PerPerson: null },
  homesteadTier: 'plain',
  homesteadM2: null,
  elderlyUnitFloorM2: 60,
  plotRatio: {},
  villageShareOfGains: 0.6,
  optionRules: [{ kind: 'all_members_aged', minAge: 70, housing: 'elderly' }],
  tradingScope: 'county',
});

/** Switching the allotment basis keeps nothing of the other basis: per person starts at the county figure. */
export const allotmentFor = (basis: Allotment['basis'], current: Allotment): Allotment =>
  basis === current.basis
    ? current
    : basis === 'per_capita'
      ? { basis, floorM2PerPerson: null }
      : { basis, floorM2PerHousehold: 120 };

/**
 * Courtyards may be self-built; apartments and elderly units are always built together, so choosing
 * them puts the mode back to unified rather than leaving a combination the schema refuses.
 */
export const withHousingType = (s: ScenarioInput, housingType: ScenarioInput['housingType']): ScenarioInput => ({
  ...s,
  housingType,
  constructionMode: housingType === 'courtyard' ? s.constructionMode : 'unified',
});

export interface ScenarioIssue {
  path: string;
  message: string;
}

/** The schema's refusals of the draft (empty when it may be saved). */
export function scenarioIssues(draft: ScenarioInput): ScenarioIssue[] {
  const parsed = ScenarioSchema.safeParse(draft);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}
