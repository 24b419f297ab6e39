import { m2ToMu } from '../../units';
import type { CitedValue, ResolvedParameters } from '../parameters/linkage-parameters';
import type { ParameterCitations } from '../parameters/parameter-citations';
import type { HouseholdPlacement } from './placement';
import type { CostGroup, CostLine } from './scenario-evaluation';
import type { RelocationHousehold } from './relocation-household';

export type { CostGroup, CostLine };

/**
 * The itemised cost of a scenario (domain.md C.8): compensation by structure class, allowances,
 * reclamation per 亩, construction per m², infrastructure, and fees. Each line keeps its quantity,
 * rate and the parameter it came from; amounts are exact yuan, rounded only when printed. Lines with
 * nothing to charge (no quantity, or a rate of 0) are left out of the table.
 */

/** Groups that reach the demolished villages in kind (ZJ-08): money or housing for the households, village works. */
export const IN_KIND_GROUPS: readonly CostGroup[] = ['compensation', 'allowance', 'construction', 'infrastructure'];

export interface CostInput {
  households: readonly RelocationHousehold[];
  placements: readonly HouseholdPlacement[];
  demolitionM2: number;
  reclaimableM2: number;
}

const STRUCTURE_LABELS = { brickConcrete: '砖混', brickWood: '砖木', earthWood: '土木', simple: '简易' } as const;
const CONSTRUCTION_LABELS = { apartment: '安置楼房建安费', courtyard: '平房院落建安费', elderly: '老年周转房建安费' } as const;
const FEE_LABELS = { survey: '勘测费', design: '规划设计费', acceptance: '验收费' } as const;

/** yuan per 亩 × area in m², multiplying before dividing (1 亩 = 10000/15 m²). */
const perMuOf = (areaM2: number, yuanPerMu: number): number => (areaM2 * 15 * yuanPerMu) / 10000;
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export function scenarioCosts(input: CostInput, params: ResolvedParameters, cite: ParameterCitations): CostLine[] {
  const v = params.values;
  const lines: CostLine[] = [];
  /** A line of quantity × rate; `yuan` is given where the unit is 亩, to multiply the m² before dividing. */
  const add = (group: CostGroup, item: string, label: string, quantity: number, unit: CostLine['unit'], rate: number, parameter: string, yuan = quantity * rate) => {
    if (quantity !== 0 && rate !== 0) lines.push({ group, item, label, quantity, unit, rate, yuan, parameter });
  };
  const rate = (cited: CitedValue<number> | null, path: string) => cite.value(cited, path);

  for (const k of Object.keys(STRUCTURE_LABELS) as (keyof typeof STRUCTURE_LABELS)[]) {
    const quantity = sum(input.households.map((h) => h.floorAreaM2[k]));
    const path = `compensationYuanPerM2.${k}`;
    if (quantity > 0) add('compensation', path, `${STRUCTURE_LABELS[k]}结构房屋补偿`, quantity, 'm²', rate(v.compensationYuanPerM2[k], path), path);
  }
  const homesteadM2 = sum(input.households.map((h) => h.homesteadM2));
  const homesteadPath = 'homesteadCompensationYuanPerM2';
  add('compensation', 'compensation.homestead', '宅基地补偿', homesteadM2, 'm²', rate(v.homesteadCompensationYuanPerM2, homesteadPath), homesteadPath);

  const movingPath = 'movingAllowanceYuanPerHousehold';
  add('allowance', 'allowance.moving', '搬迁补助', input.households.length, '户', rate(v.movingAllowanceYuanPerHousehold, movingPath), movingPath);
  const transitionPath = 'transitionAllowanceYuanPerPersonMonth';
  for (const mode of ['unified', 'self_build'] as const) {
    const persons = sum(input.placements.filter((p) => (p.selfBuilt ? 'self_build' : 'unified') === mode).map((p) => p.persons));
    if (persons === 0) continue;
    const months = rate(v.transitionMonths[mode], `transitionMonths.${mode}`);
    const label = mode === 'unified' ? '过渡安置费（统建）' : '过渡安置费（自建）';
    add('allowance', `allowance.transition.${mode}`, label, persons * months, '人·月', rate(v.transitionAllowanceYuanPerPersonMonth, transitionPath), transitionPath);
  }

  const reclamation = rate(v.reclamationYuanPerMu, 'reclamationYuanPerMu');
  const reclaimMu = m2ToMu(input.reclaimableM2);
  add('reclamation', 'reclamation', '拆旧复垦费', reclaimMu, '亩', reclamation, 'reclamationYuanPerMu', perMuOf(input.reclaimableM2, reclamation));

  for (const type of ['apartment', 'courtyard', 'elderly'] as const) {
    const unified = sum(input.placements.filter((p) => p.housing === type && !p.selfBuilt).map((p) => p.floorAreaM2));
    const path = `constructionYuanPerM2.${type}`;
    if (unified > 0) add('construction', `construction.${type}`, CONSTRUCTION_LABELS[type], unified, 'm²', rate(v.constructionYuanPerM2[type], path), path);
  }
  const selfBuilt = sum(input.placements.filter((p) => p.selfBuilt).map((p) => p.floorAreaM2));
  const subsidyPath = 'selfBuildSubsidyYuanPerM2';
  if (selfBuilt > 0) add('construction', 'construction.selfBuildSubsidy', '自建房补助', selfBuilt, 'm²', rate(v.selfBuildSubsidyYuanPerM2, subsidyPath), subsidyPath);

  const landM2 = sum(input.placements.map((p) => p.landM2));
  const perHouseholdPath = 'infrastructureYuanPerHousehold';
  const perLandPath = 'infrastructureYuanPerM2Land';
  add('infrastructure', 'infrastructure.perHousehold', '基础设施配套（按户）', input.placements.length, '户', rate(v.infrastructureYuanPerHousehold, perHouseholdPath), perHouseholdPath);
  add('infrastructure', 'infrastructure.perM2Land', '基础设施配套（按用地）', landM2, 'm²', rate(v.infrastructureYuanPerM2Land, perLandPath), perLandPath);

  // Share-based fees are taken on the direct costs only, so one fee never feeds another.
  const direct = sum(lines.map((l) => l.yuan));
  for (const k of Object.keys(FEE_LABELS) as (keyof typeof FEE_LABELS)[]) {
    const path = `fees.${k}`;
    const fee = cite.value(v.fees[k], path);
    if (fee.kind === 'share') add('fee', path, FEE_LABELS[k], direct, '元', fee.share, path);
    else {
      const yuan = perMuOf(input.demolitionM2, fee.yuanPerMu);
      add('fee', path, FEE_LABELS[k], m2ToMu(input.demolitionM2), '亩', fee.yuanPerMu, path, yuan);
    }
  }
  return lines;
}
