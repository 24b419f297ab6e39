import { z } from 'zod';
import { FieldMappingSchema, ImportTargetSchema } from '../../domain/field-mapping';
import { LandClassCodeSchema } from '../../domain/land-class';
import { MAX_CODE_LENGTH, MAX_NAME_LENGTH, MAX_PATH_LENGTH } from '../../domain/input-limits';
import { JobStartedSchema } from './jobs';

/**
 * Getting files into a project. A source is either a path on this machine (desktop, CLI) or files the
 * renderer uploaded in chunks to a staging folder (browser host). `import.inspect` reads it and proposes a
 * field mapping; `import.start` runs the import as a job whose result is an ImportReport.
 */

/** An EPSG code as a user types it; whether LandLink supports it is checked where it is used. */
export const EpsgCodeSchema = z.number().int().positive().max(999_999);

/** An uploaded file: GeoPackages of a county run to a few GB. */
const MAX_UPLOAD_BYTES = 64 * 1024 ** 3;

export const SourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(MAX_PATH_LENGTH) }).strict(),
  z.object({ kind: z.literal('staged'), stagingId: z.string().regex(/^[a-z0-9-]{8,64}$/) }).strict(),
]);

export const ReadOptionsSchema = z
  .object({
    /** GBK, CP936, 936, GB18030, UTF-8 … as a user would type it. */
    encoding: z.string().min(1).max(MAX_CODE_LENGTH).optional(),
    srsId: EpsgCodeSchema.optional(),
    layer: z.string().min(1).max(MAX_NAME_LENGTH).optional(),
    /** true forces X/Y swap, false forbids it, absent detects it. */
    swapXY: z.boolean().optional(),
  })
  .strict();

export const CrsGuessSchema = z.object({
  srsId: z.number().int().nullable(),
  how: z.enum(['prj', 'gpkg', 'geojson', 'kml', 'given', 'easting', 'unknown']),
  detail: z.string(),
  swapped: z.boolean(),
});

export const ProblemSchema = z.object({ file: z.string(), record: z.number().int().nullable(), reason: z.string(), fatal: z.boolean() });
export type Problem = z.infer<typeof ProblemSchema>;

export const InspectionSchema = z.object({
  file: z.string(),
  format: z.enum(['shapefile', 'geopackage', 'geojson', 'kml', 'xlsx', 'csv']),
  /** Every layer (GeoPackage table, sheet) of the source; `layer` is the one read. */
  layers: z.array(z.string()),
  layer: z.string(),
  featureCount: z.number().int(),
  fields: z.array(z.object({ name: z.string(), type: z.string(), samples: z.array(z.string()) })),
  crs: CrsGuessSchema,
  encoding: z.object({ label: z.string(), how: z.string(), detail: z.string() }).nullable(),
  problems: z.array(ProblemSchema),
  problemCount: z.number().int(),
  fatal: z.boolean(),
  target: ImportTargetSchema,
  mapping: FieldMappingSchema,
  /** True when the mapping is the one remembered for this source layout. */
  mappingRemembered: z.boolean(),
  projectSrsId: z.number().int(),
});
export type Inspection = z.infer<typeof InspectionSchema>;

export const ImportReportSchema = z.object({
  /** False when the import was refused whole (bad records and onBad = 'abort', or a fatal problem). */
  committed: z.boolean(),
  batchId: z.number().int().nullable(),
  file: z.string(),
  layer: z.string(),
  target: ImportTargetSchema,
  read: z.number().int(),
  imported: z.number().int(),
  replaced: z.number().int(),
  skipped: z.number().int(),
  problems: z.array(ProblemSchema),
  problemCount: z.number().int(),
  fromSrsId: z.number().int().nullable(),
  toSrsId: z.number().int(),
  encoding: z.string().nullable(),
  swapped: z.boolean(),
  totals: z.object({ ellipsoidM2: z.number(), registeredM2: z.number() }),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

const JoinFieldSchema = z.enum(['householdCode', 'headName', 'idNumber', 'contractCode', 'phone', 'address', 'contractStart', 'contractEnd']);

export const JoinReportSchema = z.object({
  committed: z.boolean(),
  rows: z.number().int(),
  matched: z.number().int(),
  parcelsLinked: z.number().int(),
  householdsCreated: z.number().int(),
  householdsUpdated: z.number().int(),
  unmatched: z.array(z.object({ record: z.number().int(), key: z.string(), reason: z.string() })),
});
export type JoinReport = z.infer<typeof JoinReportSchema>;

export const importMethods = {
  'staging.begin': {
    input: z.object({ files: z.array(z.object({ name: z.string().min(1).max(255), size: z.number().int().min(0).max(MAX_UPLOAD_BYTES) })).min(1).max(20) }).strict(),
    output: z.object({ stagingId: z.string() }),
  },
  'staging.put': {
    input: z
      .object({
        stagingId: z.string().regex(/^[a-z0-9-]{8,64}$/),
        name: z.string().min(1).max(255),
        offset: z.number().int().min(0).max(MAX_UPLOAD_BYTES),
        /** Base64 chunk, at most 8 MiB decoded. */
        data: z.string().max(11_200_000),
      })
      .strict(),
    output: z.object({ received: z.number().int() }),
  },
  'import.inspect': {
    input: z.object({ source: SourceSchema, options: ReadOptionsSchema.default({}), target: ImportTargetSchema.optional() }).strict(),
    output: InspectionSchema,
  },
  'import.start': {
    input: z
      .object({
        source: SourceSchema,
        options: ReadOptionsSchema.default({}),
        target: ImportTargetSchema,
        mapping: FieldMappingSchema,
        /** Land class for records without one (地类编码 is required on parcels). */
        defaultLandClass: LandClassCodeSchema.default('0103'),
        /** abort: any bad record refuses the whole import; skip: bad records are listed and left out. */
        onBad: z.enum(['abort', 'skip']).default('abort'),
        /** A code already in the project: count it as bad, or replace the stored feature. */
        onExisting: z.enum(['bad', 'replace']).default('bad'),
      })
      .strict(),
    output: JobStartedSchema,
  },
  'import.joinTable': {
    input: z
      .object({
        source: SourceSchema,
        options: ReadOptionsSchema.default({}),
        /** Which column of the table identifies the parcel(s) of a row. */
        key: z.object({ by: z.enum(['parcelCode', 'contractCode']), field: z.string().min(1).max(MAX_NAME_LENGTH) }).strict(),
        fields: z.partialRecord(JoinFieldSchema, z.string().min(1).max(MAX_NAME_LENGTH)),
        /** false previews the join (matched and unmatched rows) without writing. */
        apply: z.boolean().default(false),
      })
      .strict(),
    output: JoinReportSchema,
  },
} as const;

