import { z } from 'zod';
import { AuditChainHeadSchema } from '../domain/audit-chain';
import { CalendarDateSchema } from '../domain/calendar/calendar-date';
import { LandClassCodeSchema } from '../domain/land-class';
import { TransferModeSchema } from '../domain/contract/contract-draft';
import { ContractStatusSchema } from '../domain/contract/contract-view';
import { LonLatBBoxSchema } from '../domain/geometry';
import { AreaFiguresSchema, LinkageBalanceSchema } from '../store/linkage/linkage-balance';
import { LinkageProjectStatusSchema } from '../store/linkage/linkage-projects-repo';

/** Schemas shared by several method groups of the API contract. */

export const Id = z.number().int().positive();
export const Empty = z.object({}).strict();

export const AreasSchema = z.object({
  /** 合同面积: the figure in the household contract, never recomputed. */
  registeredM2: z.number().nullable(),
  /** CGCS2000 ellipsoidal area, the official survey figure. */
  ellipsoidM2: z.number(),
  /** Gauss-Krüger plane area when the layer is in a GK zone. */
  planarM2: z.number().nullable(),
});

export const ParcelDetailSchema = z.object({
  id: Id,
  code: z.string(),
  name: z.string(),
  /** Null when the parcel's group is not in the project (an imported code the data checks flag). */
  village: z.object({ code: z.string(), name: z.string() }).nullable(),
  group: z.object({ code: z.string(), name: z.string() }).nullable(),
  household: z
    .object({ id: Id, code: z.string(), headName: z.string(), contractCode: z.string(), contractEnd: z.string() })
    .nullable(),
  contractCode: z.string().nullable(),
  landClass: z.object({ code: LandClassCodeSchema, name: z.string() }),
  qualityGrade: z.number().int().nullable(),
  basicFarmland: z.boolean(),
  areas: AreasSchema,
  srsId: z.number().int(),
});
export type ParcelDetail = z.infer<typeof ParcelDetailSchema>;

export const LayerNameSchema = z.enum(['parcels', 'homesteads', 'basic_farmland', 'linear_features']);
export type LayerName = z.infer<typeof LayerNameSchema>;

const LayerFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: Id,
  properties: z.object({ code: z.string().nullable(), kind: z.string().nullable() }),
  geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }),
});
export const LayerFeaturesSchema = z.object({
  type: z.literal('FeatureCollection'),
  layer: LayerNameSchema,
  features: z.array(LayerFeatureSchema),
});
export type LayerFeatures = z.infer<typeof LayerFeaturesSchema>;

const AreaTotalsSchema = z.object({ count: z.number().int(), registeredM2: z.number(), ellipsoidM2: z.number(), planarM2: z.number() });

export const ProjectInfoSchema = z.object({
  file: z.string(),
  name: z.string(),
  synthetic: z.boolean(),
  schemaVersion: z.number().int(),
  srsId: z.number().int(),
  /** The core's clock: the instant, and today in Asia/Shanghai; the UI reads its dates off these. */
  now: z.iso.datetime(),
  today: CalendarDateSchema,
  /** [west, south, east, north] of all parcels in CGCS2000 lon/lat, null for an empty project. */
  extent: LonLatBBoxSchema.nullable(),
  /** The last audit row (null only in a file whose log was emptied): what the register's state is known by. */
  auditHead: AuditChainHeadSchema.nullable(),
  counts: z.object({
    villages: z.number().int(),
    groups: z.number().int(),
    households: z.number().int(),
    members: z.number().int(),
    parcels: z.number().int(),
    homesteads: z.number().int(),
    basicFarmland: z.number().int(),
    linearFeatures: z.number().int(),
  }),
  areas: z.object({
    parcels: AreaTotalsSchema,
    homesteads: AreaTotalsSchema,
    basicFarmland: AreaTotalsSchema,
    /** Contracted parcels flagged as permanent basic farmland. */
    parcelsOnBasicFarmland: AreaTotalsSchema,
  }),
  /** Every transfer contract, drafts included: 亩 rounded half up to 2 decimals, m² exact. */
  contracts: z.array(
    z.object({
      id: Id,
      number: z.string().nullable(),
      status: ContractStatusSchema,
      mode: TransferModeSchema,
      transferee: z.string(),
      areaMu: z.number(),
      areaM2: z.number(),
      households: z.number().int(),
    }),
  ),
  /** Linkage projects (增减挂钩): area balance and surplus quota, m² exact, 亩 and 公顷 rounded from it. */
  linkageProjects: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      status: LinkageProjectStatusSchema,
      balance: LinkageBalanceSchema,
      surplusConfirmed: AreaFiguresSchema,
      surplusAvailable: AreaFiguresSchema,
    }),
  ),
});
export type ProjectInfo = z.infer<typeof ProjectInfoSchema>;

export const ParcelSummarySchema = z.object({ id: Id, code: z.string(), name: z.string(), ellipsoidM2: z.number() });

export const AuditEntrySchema = z.object({
  id: Id,
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
