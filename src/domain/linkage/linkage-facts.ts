import { z } from 'zod';
import { DatedValueSchema } from '../dated-value';
import { LandClassCodeSchema } from '../land-class';
import { LandAreaSchema } from './land-class-balance';
import { SHANDONG_DEFAULTS } from './parameters/shandong-defaults';
import { DEFAULT_REVOLVING_ALERT_POLICY, LedgerPolicySchema, RevolvingAlertPolicySchema } from './quota-ledger/ledger-policy';
import { QuotaEventSchema, type TradeScope } from './quota-ledger/quota-event';
import { RelocationHouseholdSchema } from './relocation/relocation-household';
import { CalendarDateSchema } from '../calendar/calendar-date';

/**
 * Everything the project-area rules (ZJ-01 … ZJ-11, PB-01, PB-03; domain.md C.3, E.4) need about one
 * linkage project (增减挂钩项目区), resolved by the store and the geometric overlays in src/geo/linkage:
 * areas are ellipsoidal m² (exact, never rounded here), the quota ledger comes as its stored events. The
 * rules are pure functions of this object. Paths in findings are dotted paths into it.
 */

const AreaM2 = z.number().finite().min(0);

/** Higher 等别 number = worse land on the national 1–15 scale (domain.md C.3 ZJ-03); some provinces count the other way. */
export const GradeDirectionSchema = z.enum(['higherIsWorse', 'higherIsBetter']);
export type GradeDirection = z.infer<typeof GradeDirectionSchema>;

export const ConstructionUseSchema = z.enum(['resettlement', 'urban', 'other']);
export type ConstructionUse = z.infer<typeof ConstructionUseSchema>;

/**
 * Seeds for a new project where no other module owns the table yet; the consent threshold and the
 * revolving-quota months come from the linkage parameters and the quota ledger's own defaults.
 */
export const DEFAULT_LINKAGE_POLICY = {
  ledger: {
    tradeScopes: [
      {
        value: ['county'] as TradeScope[],
        effectiveFrom: '2008-06-27',
        source: '国土资发〔2008〕138号：节余指标县域内使用；省内、跨省调剂须县域符合国土资规〔2016〕2号、国办发〔2018〕16号等条件（请向客户核实）',
      },
    ],
  },
  areaToleranceM2: [{ value: 0.01, effectiveFrom: '2008-06-27', source: 'LandLink 默认：面积核对容差 0.01 m²（domain.md C.3 ZJ-10）' }],
};

export const LinkagePolicySchema = z.object({
  /** ZJ-09: share of households that must consent before demolition is scheduled, 0…1. */
  consentThreshold: z
    .array(DatedValueSchema(z.number().min(0).max(1)))
    .min(1)
    .default(SHANDONG_DEFAULTS.parameters.consentThreshold),
  /** ZJ-05: months after issue at which unreturned revolving quota warns and errs. */
  revolvingAlerts: RevolvingAlertPolicySchema.default(DEFAULT_REVOLVING_ALERT_POLICY),
  /** ZJ-06, ZJ-07: the ledger's policy (trading scopes the county qualifies for, by date). */
  ledger: LedgerPolicySchema.default(DEFAULT_LINKAGE_POLICY.ledger),
  /** ZJ-01b, ZJ-02, ZJ-03, ZJ-04, ZJ-10: areas closer than this count as equal (digitising noise). */
  areaToleranceM2: z.array(DatedValueSchema(z.number().min(0))).min(1).default(DEFAULT_LINKAGE_POLICY.areaToleranceM2),
  gradeDirection: GradeDirectionSchema.default('higherIsWorse'),
});
export type LinkagePolicy = z.infer<typeof LinkagePolicySchema>;

/** A household living on a demolition parcel and its signed consent (the relocation survey's record). */
export const ParcelHouseholdSchema = RelocationHouseholdSchema.pick({ code: true, headName: true, consent: true });

export const VillageSchema = z.object({
  /** 12-digit village code (行政区划代码). */
  code: z.string().min(1),
  name: z.string().min(1),
  /** 6-digit county code the village belongs to (ZJ-01). */
  countyCode: z.string().regex(/^\d{6}$/),
  /** ZJ-09: the village meeting's resolution to demolish and relocate, or null while there is none. */
  resolution: z.object({ docNo: z.string().min(1), date: CalendarDateSchema }).nullable(),
});

export const DemolitionParcelSchema = z.object({
  id: z.string().min(1),
  code: z.string().min(1),
  villageCode: z.string().min(1),
  areaM2: AreaM2,
  /** Current class, typically 0702 农村宅基地. */
  landClass: LandClassCodeSchema,
  /** Class after reclamation (复垦方向); null while undecided. */
  targetClass: LandClassCodeSchema.nullable(),
  /** ZJ-11: why the parcel is reclaimed to something other than cultivated land ('' when none given). */
  targetJustification: z.string().default(''),
  /** 等别 of any cultivated land on the parcel before, and of the reclaimed cultivated land after (planned or accepted). */
  gradeBefore: z.number().nullable(),
  gradeAfter: z.number().nullable(),
  /** Area outside the project boundary (src/geo/linkage outsideArea). */
  outsideProjectM2: AreaM2,
  households: z.array(ParcelHouseholdSchema),
  scheduledDemolitionDate: CalendarDateSchema.nullable(),
  /** PB-03: the reclaimed cultivated land is proposed for later inclusion in permanent basic farmland. */
  proposedBasicFarmland: z.boolean().default(false),
});
export type DemolitionParcel = z.infer<typeof DemolitionParcelSchema>;

export const ConstructionParcelSchema = z.object({
  id: z.string().min(1),
  code: z.string().min(1),
  areaM2: AreaM2,
  use: ConstructionUseSchema,
  /** Cultivated land the parcel occupies and its 等别 (area-weighted), for ZJ-03. */
  cultivatedOccupiedM2: AreaM2,
  cultivatedGrade: z.number().nullable(),
  /** ZJ-04: overlap with the permanent-basic-farmland layer (overlapWithLayer); null when no layer was overlaid. */
  basicFarmlandOverlapM2: AreaM2.nullable(),
  /** PB-01: the parcel's own register attribute says it is permanent basic farmland (independent of the overlay). */
  basicFarmland: z.boolean(),
  outsideProjectM2: AreaM2,
});
export type ConstructionParcel = z.infer<typeof ConstructionParcelSchema>;

export const RevenueLineSchema = z.object({
  item: z.string().min(1),
  /** Money flowing to the demolished villages and their households, or anywhere else. */
  recipient: z.enum(['village', 'other']),
  villageCode: z.string().nullable(),
  amountYuan: z.number().finite().min(0),
});

export const LinkageFactsSchema = z.object({
  /** The date the checks are run for (policy values in force then). */
  asOf: CalendarDateSchema,
  project: z.object({
    code: z.string().min(1),
    name: z.string().min(1),
    approvalDocNo: z.string().nullable(),
    startDate: CalendarDateSchema,
    deadline: CalendarDateSchema,
    /** Ellipsoidal area of the project boundary (ZJ-10). */
    totalAreaM2: AreaM2,
    villages: z.array(VillageSchema),
  }),
  demolitionParcels: z.array(DemolitionParcelSchema),
  constructionParcels: z.array(ConstructionParcelSchema),
  /** Overlaps between any two project parcels (pairwiseOverlaps), by parcel id. */
  overlaps: z.array(z.object({ a: z.string(), b: z.string(), areaM2: AreaM2 })),
  /** The project's quota ledger (挂钩指标台账), as stored; ZJ-05 to ZJ-07 read it through the ledger's own checks. */
  quotaEvents: z.array(QuotaEventSchema),
  /** ZJ-10: land classes of the project area before and after (grouped by landClassBalance). */
  landClasses: z.object({ before: z.array(LandAreaSchema), after: z.array(LandAreaSchema) }),
  /** ZJ-08: the revenue-allocation sheet, null while there is none. */
  revenueAllocation: z.array(RevenueLineSchema).nullable(),
  policy: LinkagePolicySchema.prefault({}),
  /** ZJ-12: the project's parcels lying on contracted parcels held by a transfer contract in force on `asOf`. */
  contractedLand: z
    .array(
      z.object({
        /** The linkage parcel's fact id (D… or C…). */
        linkageParcelId: z.string(),
        parcelCode: z.string(),
        overlapM2: AreaM2,
        contractId: z.number().int(),
        contractNumber: z.string().nullable(),
        transfereeName: z.string(),
        startDate: CalendarDateSchema,
        endDate: CalendarDateSchema,
      }),
    )
    .default([]),
});
export type LinkageFacts = z.infer<typeof LinkageFactsSchema>;
/** Input shape: policy tables may be left out and take the defaults above. */
export type LinkageFactsInput = z.input<typeof LinkageFactsSchema>;
