import type { ResolvedParameters } from '../parameters/linkage-parameters';
import { evaluateScenario, type ProjectAreas, type ScenarioEvaluation } from './evaluate-scenario';
import type { RelocationHousehold } from './relocation-household';
import type { Scenario } from './scenario';
import type { ComparisonRow, ComparisonUnit } from './scenario-evaluation';

export type { ComparisonRow, ComparisonUnit };

/**
 * The side-by-side comparison printed in the proposal: one row per figure, one value per scenario.
 * Values are exact; the printer rounds them by unit (m² shown as 亩 to 2 and 公顷 to 4 decimals,
 * yuan to the fen, shares as percentages).
 */

export interface ScenarioComparison {
  evaluations: ScenarioEvaluation[];
  rows: ComparisonRow[];
}

type RowSpec = [key: string, label: string, unit: ComparisonUnit, pick: (e: ScenarioEvaluation) => number | null];

const ROWS: readonly RowSpec[] = [
  ['households.apartment', '安置楼房户数', 'households', (e) => e.byHousing.apartment.households],
  ['households.courtyard', '平房院落户数', 'households', (e) => e.byHousing.courtyard.households],
  ['households.elderly', '老年周转房户数', 'households', (e) => e.byHousing.elderly.households],
  ['floorArea', '安置建筑面积', 'm2', (e) => e.floorAreaM2],
  ['land.resettlement', '安置用地面积', 'm2', (e) => e.resettlementLandM2],
  ['land.acceptedReclaimed', '预计验收复垦面积', 'm2', (e) => e.acceptedReclaimedM2],
  ['land.surplus', '节余指标面积', 'm2', (e) => e.surplusM2],
  ['cost.compensation', '拆迁补偿', 'yuan', (e) => e.costByGroup.compensation],
  ['cost.allowance', '搬迁及过渡补助', 'yuan', (e) => e.costByGroup.allowance],
  ['cost.reclamation', '复垦费用', 'yuan', (e) => e.costByGroup.reclamation],
  ['cost.construction', '安置房建设', 'yuan', (e) => e.costByGroup.construction],
  ['cost.infrastructure', '基础设施配套', 'yuan', (e) => e.costByGroup.infrastructure],
  ['cost.fee', '勘测设计验收等费用', 'yuan', (e) => e.costByGroup.fee],
  ['cost.total', '总成本', 'yuan', (e) => e.totalCostYuan],
  ['revenue.price', '节余指标单价', 'yuanPerMu', (e) => e.revenue.priceYuanPerMu],
  ['revenue.total', '节余指标收益', 'yuan', (e) => e.revenue.yuan],
  ['balance.netGain', '收支差额', 'yuan', (e) => e.netGainYuan],
  ['villages.total', '返还村集体及农户', 'yuan', (e) => e.villages.totalYuan],
  ['villages.shareOfRevenue', '返还占收益比例', 'share', (e) => e.villages.shareOfRevenue],
  ['balance.final', '资金平衡', 'yuan', (e) => e.balanceYuan],
];

/** Evaluates each scenario on the same households, parameters and areas, and lays them side by side. */
export function compareScenarios(
  households: readonly RelocationHousehold[],
  scenarios: readonly Scenario[],
  params: ResolvedParameters,
  areas: ProjectAreas,
): ScenarioComparison {
  const ids = new Set(scenarios.map((s) => s.id));
  if (ids.size !== scenarios.length) throw new RangeError('比较的方案编号有重复');
  const evaluations = scenarios.map((s) => evaluateScenario(households, s, params, areas));
  const rows = ROWS.map(([key, label, unit, pick]) => ({ key, label, unit, values: evaluations.map(pick) }));
  return { evaluations, rows };
}
