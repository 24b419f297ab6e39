import { z } from 'zod';
import { HousingTypeSchema, TradingScopeSchema } from '../parameters/linkage-parameters';

/**
 * The shapes of a scenario's evaluation (evaluate-scenario.ts) and of the side-by-side comparison
 * (compare-scenarios.ts), as schemas so the API, the screens and the proposal share one definition.
 */

export const HouseholdPlacementSchema = z.object({
  code: z.string(),
  headName: z.string(),
  villageName: z.string(),
  persons: z.number().int(),
  housing: HousingTypeSchema,
  /** Built by the household itself on a planned plot (self-build scenarios, courtyards only). */
  selfBuilt: z.boolean(),
  floorAreaM2: z.number(),
  landM2: z.number(),
});
export type HouseholdPlacement = z.infer<typeof HouseholdPlacementSchema>;

export const CostGroupSchema = z.enum(['compensation', 'allowance', 'reclamation', 'construction', 'infrastructure', 'fee']);
export type CostGroup = z.infer<typeof CostGroupSchema>;

export const CostLineSchema = z.object({
  group: CostGroupSchema,
  /** Stable key for the printer and i18n, e.g. `compensation.brickConcrete`. */
  item: z.string(),
  label: z.string(),
  quantity: z.number(),
  unit: z.enum(['m²', '亩', '户', '人·月', '元']),
  /** Yuan per unit, or the share when the unit is 元. */
  rate: z.number(),
  yuan: z.number(),
  /** Dotted path of the parameter the rate came from. */
  parameter: z.string(),
});
export type CostLine = z.infer<typeof CostLineSchema>;

/** A parameter entry in force with the dotted path it belongs to, so documents can cite it. */
export const CitedParameterSchema = z.object({
  value: z.unknown(),
  effectiveFrom: z.string(),
  source: z.string(),
  placeholder: z.boolean().optional(),
  path: z.string(),
});

export const HousingSummarySchema = z.object({ households: z.number().int(), persons: z.number().int(), floorAreaM2: z.number(), landM2: z.number() });
export type HousingSummary = z.infer<typeof HousingSummarySchema>;

export const ScenarioEvaluationSchema = z.object({
  scenarioId: z.string(),
  scenarioName: z.string(),
  /** Date the parameters were resolved for (and ages counted on). */
  asOf: z.string(),
  placements: z.array(HouseholdPlacementSchema),
  byHousing: z.record(HousingTypeSchema, HousingSummarySchema),
  floorAreaM2: z.number(),
  resettlementLandM2: z.number(),
  demolitionM2: z.number(),
  reclaimableM2: z.number(),
  acceptedShare: z.number(),
  acceptedReclaimedM2: z.number(),
  /** Negative when resettlement needs more land than the project frees. */
  surplusM2: z.number(),
  costs: z.array(CostLineSchema),
  costByGroup: z.record(CostGroupSchema, z.number()),
  totalCostYuan: z.number(),
  revenue: z.object({ scope: TradingScopeSchema, surplusMu: z.number(), priceYuanPerMu: z.number(), yuan: z.number() }),
  /** revenue − total cost. */
  netGainYuan: z.number(),
  villages: z.object({
    /** Compensation, allowances, housing and infrastructure paid for the villages. */
    inKindYuan: z.number(),
    gainShare: z.number(),
    /** The villages' share of a positive net gain; 0 when the project runs at a loss. */
    gainShareYuan: z.number(),
    totalYuan: z.number(),
    /** totalYuan ÷ revenue; null when there is no revenue. */
    shareOfRevenue: z.number().nullable(),
  }),
  /** Net gain left after the villages' share: the county's funding balance. */
  balanceYuan: z.number(),
  parameters: z.array(CitedParameterSchema),
  /** Planner-facing notes in Chinese about figures that need attention. */
  warnings: z.array(z.string()),
});
export type ScenarioEvaluation = z.infer<typeof ScenarioEvaluationSchema>;

export const ComparisonUnitSchema = z.enum(['households', 'persons', 'm2', 'yuan', 'yuanPerMu', 'share']);
export type ComparisonUnit = z.infer<typeof ComparisonUnitSchema>;

export const ComparisonRowSchema = z.object({
  /** Stable key for i18n and tests, e.g. `land.resettlement`. */
  key: z.string(),
  label: z.string(),
  unit: ComparisonUnitSchema,
  /** One per scenario, in the order given; null where the figure does not apply. */
  values: z.array(z.number().nullable()),
});
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;
