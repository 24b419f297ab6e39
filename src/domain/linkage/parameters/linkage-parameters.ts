import { z } from 'zod';
import { TradeScopeSchema } from '../quota-ledger/quota-event';
import { DatedValueSchema, valueAt } from '../../dated-value';

/**
 * A county's dated linkage parameters (domain.md C.5, C.7, C.8): every policy number the relocation
 * scenarios use is a table of dated entries with its source, edited per county and resolved by date.
 * Entries whose figure is not a published rule carry `placeholder: true` so documents can say so.
 */
const entry = <T extends z.ZodType>(value: T) => DatedValueSchema(value).extend({ placeholder: z.boolean().optional() });
const table = <T extends z.ZodType>(value: T) => z.array(entry(value));

const Yuan = z.number().min(0);
const YuanTable = table(Yuan);

export const HomesteadTierSchema = z.enum(['suburb', 'plain', 'salineWaste', 'hill', 'poorSlope']);
export type HomesteadTier = z.infer<typeof HomesteadTierSchema>;

/** 砖混 / 砖木 / 土木 / 简易, the structure classes of old houses valued for compensation. */
export const StructureClassSchema = z.enum(['brickConcrete', 'brickWood', 'earthWood', 'simple']);
export type StructureClass = z.infer<typeof StructureClassSchema>;

/** Apartment block, single-storey courtyard house, or an elderly turnaround unit (一室一厅一厨一卫). */
export const HousingTypeSchema = z.enum(['apartment', 'courtyard', 'elderly']);
export type HousingType = z.infer<typeof HousingTypeSchema>;

export const ConstructionModeSchema = z.enum(['unified', 'self_build']);
export type ConstructionMode = z.infer<typeof ConstructionModeSchema>;

/** Where surplus quota is sold: the quota ledger's trade scopes (domain.md C.4). */
export const TradingScopeSchema = TradeScopeSchema;
export type TradingScope = z.infer<typeof TradingScopeSchema>;

/** A fee as a share of the direct costs, or yuan per 亩 of the demolition area (the project's scale). */
export const FeeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('share'), share: z.number().min(0).max(1) }),
  z.object({ kind: z.literal('perMu'), yuanPerMu: Yuan }),
]);
export type Fee = z.infer<typeof FeeSchema>;

const byKey = <K extends z.ZodEnum, T extends z.ZodType>(keys: K, value: T) =>
  z.object(Object.fromEntries(keys.options.map((k) => [k, value])) as { [P in K['options'][number]]: T });

export const LinkageParametersSchema = z.object({
  /** Household homestead cap (m²) by village tier. */
  homesteadCapM2: byKey(HomesteadTierSchema, table(z.number().positive())),
  /** Resettlement floor area allotted per person (m²) when a scenario does not set its own. */
  floorAreaPerCapitaM2: table(z.number().positive()),
  /** Compensation for the old house, yuan per m² of floor area, by structure class. */
  compensationYuanPerM2: byKey(StructureClassSchema, YuanTable),
  /** Compensation for the homestead land given up, yuan per m² of homestead. */
  homesteadCompensationYuanPerM2: YuanTable,
  movingAllowanceYuanPerHousehold: YuanTable,
  transitionAllowanceYuanPerPersonMonth: YuanTable,
  /** Months of transition paid, by construction mode (self-build usually takes longer). */
  transitionMonths: byKey(ConstructionModeSchema, table(z.number().min(0))),
  reclamationYuanPerMu: YuanTable,
  /** Building cost borne by the project for unified construction, yuan per m² of floor area. */
  constructionYuanPerM2: byKey(HousingTypeSchema, YuanTable),
  /** Subsidy the project pays a household building its own courtyard house, yuan per m² of floor area. */
  selfBuildSubsidyYuanPerM2: YuanTable,
  /** Site and infrastructure (roads, water, power, drainage): both parts are charged, either may be 0. */
  infrastructureYuanPerHousehold: YuanTable,
  infrastructureYuanPerM2Land: YuanTable,
  fees: z.object({ survey: table(FeeSchema), design: table(FeeSchema), acceptance: table(FeeSchema) }),
  /** Price of surplus quota, yuan per 亩, by trading scope. */
  quotaPriceYuanPerMu: byKey(TradingScopeSchema, YuanTable),
  /** Share of households that must consent before demolition is scheduled (ZJ-09). */
  consentThreshold: table(z.number().min(0).max(1)),
  /** Default plot ratio (floor area ÷ land) for housing built on shared land; courtyards use the homestead cap. */
  plotRatio: z.object({ apartment: table(z.number().positive()), elderly: table(z.number().positive()) }),
});
export type LinkageParameters = z.infer<typeof LinkageParametersSchema>;

export const LinkageParameterTableSchema = z.object({
  /** Whose table this is, e.g. 山东省默认 or 单县. */
  region: z.string().min(1),
  parameters: LinkageParametersSchema,
});
export type LinkageParameterTable = z.infer<typeof LinkageParameterTableSchema>;

type Entry<V> = { value: V; effectiveFrom: string; source: string; placeholder?: boolean | undefined };

/** An entry in force, with the dotted path of the parameter it belongs to, so documents can cite it. */
export type CitedValue<V> = Entry<V> & { path: string };

/** The parameters in force on one date: each leaf is the cited entry, or null where none is in force. */
export type ResolvedTree<T> = T extends readonly Entry<infer V>[] ? CitedValue<V> | null : { [K in keyof T]: ResolvedTree<T[K]> };
export interface ResolvedParameters {
  region: string;
  asOf: string;
  values: ResolvedTree<LinkageParameters>;
}

function resolve(node: unknown, date: string, path: string): unknown {
  if (Array.isArray(node)) {
    const hit = valueAt(node as Entry<unknown>[], date);
    return hit === null ? null : { ...hit, path };
  }
  return Object.fromEntries(Object.entries(node as object).map(([k, v]) => [k, resolve(v, date, path === '' ? k : `${path}.${k}`)]));
}

/** Resolves every parameter of the table to the entry in force on `date` (YYYY-MM-DD). */
export function parametersAt(table: LinkageParameterTable, date: string): ResolvedParameters {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`参数查询日期应为 YYYY-MM-DD，收到 "${date}"`);
  return { region: table.region, asOf: date, values: resolve(table.parameters, date, '') as ResolvedTree<LinkageParameters> };
}

/** The value of a resolved parameter, or an error naming the parameter and date when none is in force. */
export function required<V>(cited: CitedValue<V> | null, what: string, params: Pick<ResolvedParameters, 'region' | 'asOf'>): CitedValue<V> {
  if (cited === null) throw new Error(`挂钩参数表「${params.region}」在 ${params.asOf} 没有生效的「${what}」取值，请在参数表中补充`);
  return cited;
}
