import { z } from 'zod';
import { LandClassCodeSchema } from '../domain/land-class';
import { LonLatBBoxSchema } from '../domain/geometry';

/**
 * The one contract of LandLink: every method with its input and output schema. Electron IPC,
 * the loopback HTTP host and the command line all dispatch through it (design.md §3).
 */

const Id = z.number().int().positive();
const Empty = z.object({}).strict();

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
  village: z.object({ code: z.string(), name: z.string() }),
  group: z.object({ code: z.string(), name: z.string() }),
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
  /** [west, south, east, north] of all parcels in CGCS2000 lon/lat, null for an empty project. */
  extent: LonLatBBoxSchema.nullable(),
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

export const contract = {
  'project.info': { input: Empty, output: ProjectInfoSchema },
  'layers.features': {
    input: z.object({ layer: LayerNameSchema, bbox: LonLatBBoxSchema.optional() }).strict(),
    output: LayerFeaturesSchema,
  },
  'parcels.get': { input: z.object({ id: Id }).strict(), output: ParcelDetailSchema },
  'parcels.findByCode': { input: z.object({ code: z.string().min(1) }).strict(), output: ParcelDetailSchema.nullable() },
  'parcels.at': {
    input: z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) }).strict(),
    output: z.object({ ids: z.array(Id) }),
  },
  'parcels.inView': {
    input: z.object({ bbox: LonLatBBoxSchema, limit: z.number().int().min(1).max(200_000).default(1000) }).strict(),
    output: z.object({ total: z.number().int(), items: z.array(ParcelSummarySchema) }),
  },
  'parcels.update': {
    input: z
      .object({
        id: Id,
        name: z.string().trim().min(1).optional(),
        landClass: LandClassCodeSchema.optional(),
        qualityGrade: z.number().int().min(1).max(10).nullable().optional(),
        registeredAreaM2: z.number().positive().nullable().optional(),
      })
      .strict(),
    output: ParcelDetailSchema,
  },
  'audit.list': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(50) }).strict(),
    output: z.array(AuditEntrySchema),
  },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
