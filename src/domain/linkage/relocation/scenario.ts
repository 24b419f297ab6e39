import { z } from 'zod';
import { MAX_CODE_LENGTH, MAX_LIST_LENGTH, MAX_NAME_LENGTH } from '../../input-limits';
import { ConstructionModeSchema, HomesteadTierSchema, HousingTypeSchema, TradingScopeSchema } from '../parameters/linkage-parameters';

/**
 * A relocation scenario (搬迁安置方案, domain.md C.6): how the households are rehoused, on how much
 * land, and where the surplus quota is sold. Areas left null take the county parameter in force.
 */

/** Floor area allotted per person (× members) or per household; null per person means the county figure. */
/** Floor or plot area of one person's or household's home (m²): 10,000 m² is no home. */
const FloorM2 = z.number().positive().max(10_000);

export const AllotmentSchema = z.discriminatedUnion('basis', [
  z.object({ basis: z.literal('per_capita'), floorM2PerPerson: FloorM2.nullable() }),
  z.object({ basis: z.literal('per_household'), floorM2PerHousehold: FloorM2 }),
]);
export type Allotment = z.infer<typeof AllotmentSchema>;

/**
 * Households that take another option than the scenario's main one, checked in order; the first match
 * wins. `all_members_aged`: every member is at least `minAge` on the evaluation date (e.g. elderly
 * households of 70 and over take elderly units). `listed`: households named by survey code.
 */
export const OptionRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all_members_aged'), minAge: z.number().int().positive().max(150), housing: HousingTypeSchema }),
  z.object({ kind: z.literal('listed'), householdCodes: z.array(z.string().min(1).max(MAX_CODE_LENGTH)).min(1).max(MAX_LIST_LENGTH), housing: HousingTypeSchema }),
]);
export type OptionRule = z.infer<typeof OptionRuleSchema>;

export const ScenarioSchema = z
  .object({
    id: z.string().min(1).max(MAX_CODE_LENGTH),
    name: z.string().min(1).max(MAX_NAME_LENGTH),
    housingType: HousingTypeSchema,
    constructionMode: ConstructionModeSchema,
    allotment: AllotmentSchema,
    homesteadTier: HomesteadTierSchema,
    /** Courtyard plot per household below the tier's cap (allowed where farmland is scarce, C.7); null = the cap. */
    homesteadM2: FloorM2.nullable().default(null),
    /** Floor area of one elderly turnaround unit (一室一厅一厨一卫). */
    elderlyUnitFloorM2: FloorM2,
    /** Plot ratios overriding the county defaults for this site. */
    plotRatio: z.object({ apartment: z.number().positive().max(100), elderly: z.number().positive().max(100) }).partial().default({}),
    /** Share of the net gain (revenue − cost) paid to the demolished villages on top of what they receive in kind. */
    villageShareOfGains: z.number().min(0).max(1),
    optionRules: z.array(OptionRuleSchema).max(100).default([]),
    tradingScope: TradingScopeSchema,
  })
  .refine((s) => s.constructionMode === 'unified' || s.housingType === 'courtyard', {
    message: '自建方式只适用于平房院落：楼房和老年周转房须统一建设',
    path: ['constructionMode'],
  });
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
