import { formatMu, m2ToMu } from '../../units';
import type { HousingType, ResolvedParameters } from '../parameters/linkage-parameters';
import { ParameterCitations } from '../parameters/parameter-citations';
import { placeHouseholds } from './placement';
import type { RelocationHousehold } from './relocation-household';
import type { Scenario } from './scenario';
import type { HousingSummary, ScenarioEvaluation } from './scenario-evaluation';
import { IN_KIND_GROUPS, scenarioCosts, type CostGroup } from './scenario-costs';

export type { HousingSummary, ScenarioEvaluation };

/**
 * The feasibility of one relocation scenario (domain.md C.8):
 *   resettlement land  = Σ homestead plots (courtyards) + Σ floor area ÷ plot ratio (apartments, elderly units)
 *   surplus quota      = reclaimable × accepted share − resettlement land
 *   revenue            = surplus 亩 × quota price for the trading scope
 *   balance            = revenue − itemised cost
 * and what reaches the demolished villages (ZJ-08): the in-kind costs plus the scenario's share of any
 * net gain. Every figure is exact; the parameter entries used are listed for the proposal to cite.
 */

export interface ProjectAreas {
  /** Area of the demolition parcels (拆旧), m²; per-亩 fees are charged on it. */
  demolitionM2: number;
  /** Part of it that will be reclaimed (复垦), m². */
  reclaimableM2: number;
  /** Share of the reclaimable area expected to pass acceptance (复垦验收); 1 when omitted. */
  acceptedShare?: number;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const HOUSING_TYPES: readonly HousingType[] = ['apartment', 'courtyard', 'elderly'];
const COST_GROUPS: readonly CostGroup[] = ['compensation', 'allowance', 'reclamation', 'construction', 'infrastructure', 'fee'];

function checkAreas(areas: ProjectAreas): number {
  const { demolitionM2, reclaimableM2, acceptedShare = 1 } = areas;
  if (!(demolitionM2 >= 0 && reclaimableM2 >= 0)) throw new RangeError(`拆旧面积和可复垦面积须为非负数，收到 ${demolitionM2}、${reclaimableM2} m²`);
  if (reclaimableM2 > demolitionM2) throw new RangeError(`可复垦面积 ${reclaimableM2} m² 大于拆旧面积 ${demolitionM2} m²`);
  if (!(acceptedShare >= 0 && acceptedShare <= 1)) throw new RangeError(`预计验收比例须在 0 与 1 之间，收到 ${acceptedShare}`);
  return acceptedShare;
}

export function evaluateScenario(
  households: readonly RelocationHousehold[],
  scenario: Scenario,
  params: ResolvedParameters,
  areas: ProjectAreas,
): ScenarioEvaluation {
  const acceptedShare = checkAreas(areas);
  if (households.length === 0) throw new RangeError(`方案「${scenario.name}」没有搬迁户`);
  const cite = new ParameterCitations(params);
  const warnings: string[] = [];
  const placements = placeHouseholds(households, scenario, params, cite, warnings);

  const byHousing = Object.fromEntries(
    HOUSING_TYPES.map((type) => {
      const of = placements.filter((p) => p.housing === type);
      const summary: HousingSummary = {
        households: of.length,
        persons: sum(of.map((p) => p.persons)),
        floorAreaM2: sum(of.map((p) => p.floorAreaM2)),
        landM2: sum(of.map((p) => p.landM2)),
      };
      return [type, summary];
    }),
  ) as Record<HousingType, HousingSummary>;
  const resettlementLandM2 = sum(placements.map((p) => p.landM2));
  const acceptedReclaimedM2 = areas.reclaimableM2 * acceptedShare;
  const surplusM2 = acceptedReclaimedM2 - resettlementLandM2;
  if (surplusM2 < 0) warnings.push(`方案「${scenario.name}」安置用地超过预计验收的复垦面积 ${formatMu(-surplusM2)} 亩，无节余指标`);

  const costs = scenarioCosts({ households, placements, demolitionM2: areas.demolitionM2, reclaimableM2: areas.reclaimableM2 }, params, cite);
  const costByGroup = Object.fromEntries(COST_GROUPS.map((g) => [g, sum(costs.filter((c) => c.group === g).map((c) => c.yuan))])) as Record<CostGroup, number>;
  const totalCostYuan = sum(costs.map((c) => c.yuan));

  const scope = scenario.tradingScope;
  const priceYuanPerMu = cite.value(params.values.quotaPriceYuanPerMu[scope], `quotaPriceYuanPerMu.${scope} 节余指标价格`);
  const tradedM2 = Math.max(surplusM2, 0);
  const revenueYuan = (tradedM2 * 15 * priceYuanPerMu) / 10000;
  const netGainYuan = revenueYuan - totalCostYuan;

  const inKindYuan = sum(IN_KIND_GROUPS.map((g) => costByGroup[g]));
  const gainShareYuan = netGainYuan > 0 ? netGainYuan * scenario.villageShareOfGains : 0;
  const villagesTotal = inKindYuan + gainShareYuan;

  return {
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    asOf: params.asOf,
    placements,
    byHousing,
    floorAreaM2: sum(placements.map((p) => p.floorAreaM2)),
    resettlementLandM2,
    demolitionM2: areas.demolitionM2,
    reclaimableM2: areas.reclaimableM2,
    acceptedShare,
    acceptedReclaimedM2,
    surplusM2,
    costs,
    costByGroup,
    totalCostYuan,
    revenue: { scope, surplusMu: m2ToMu(tradedM2), priceYuanPerMu, yuan: revenueYuan },
    netGainYuan,
    villages: {
      inKindYuan,
      gainShare: scenario.villageShareOfGains,
      gainShareYuan,
      totalYuan: villagesTotal,
      shareOfRevenue: revenueYuan > 0 ? villagesTotal / revenueYuan : null,
    },
    balanceYuan: netGainYuan - gainShareYuan,
    parameters: cite.list(),
    warnings,
  };
}
