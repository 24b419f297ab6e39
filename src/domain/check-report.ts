import { z } from 'zod';
import { LonLatBBoxSchema } from './geometry';

/** Data checks (数据检查): the rules, their tolerances and the report the CLI and the 数据检查 panel show. */

export const CHECK_RULE_IDS = [
  'overlap',
  'gap',
  'sliver',
  'self-intersection',
  'area-mismatch',
  'duplicate-code',
  'code-format',
  'coordinate-range',
  'area-limit',
] as const;
export const CheckRuleIdSchema = z.enum(CHECK_RULE_IDS);
export type CheckRuleId = z.infer<typeof CheckRuleIdSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A tolerance is about slivers and rounding: a square kilometre is no longer one. */
const MAX_TOLERANCE_M2 = 1e6;

export const CheckTolerancesSchema = z.object({
  /** Overlaps at or below this are coincident edges, not overlaps; also the noise floor for gaps. */
  overlapM2: z.number().nonnegative().max(MAX_TOLERANCE_M2),
  /** Holes in the parcel cover below this are gaps (漏洞); larger holes are real land between parcels. */
  gapM2: z.number().positive().max(MAX_TOLERANCE_M2),
  /** Mean width 2A/P below this makes a parcel or a hole a sliver (碎片). */
  sliverWidthM: z.number().positive().max(1_000),
  sliverAreaM2: z.number().nonnegative().max(MAX_TOLERANCE_M2),
  /** |registered − ellipsoidal| / ellipsoidal above this flags a parcel … */
  areaMismatchRatio: z.number().nonnegative().max(100),
  /** … when the absolute difference is also above this. */
  areaMismatchFloorM2: z.number().nonnegative().max(MAX_TOLERANCE_M2),
});
export type CheckTolerances = z.infer<typeof CheckTolerancesSchema>;

export const CHECK_TOLERANCES_KEY = 'check.tolerances';
export const DEFAULT_CHECK_TOLERANCES: CheckTolerances = {
  overlapM2: 0.01,
  gapM2: 5,
  sliverWidthM: 0.5,
  sliverAreaM2: 1,
  areaMismatchRatio: 0.05,
  areaMismatchFloorM2: 10,
};
export const DEFAULT_CHECK_TOLERANCES_SOURCE = 'LandLink default';

const XY = z.tuple([z.number(), z.number()]);

/** One problem in project CRS coordinates, as the pure rules produce it. */
export const ProblemSchema = z.object({
  rule: CheckRuleIdSchema,
  severity: SeveritySchema,
  parcelIds: z.array(z.number().int()),
  codes: z.array(z.string()),
  /** A point inside the problem area (project CRS); null for a parcel without coordinates. */
  at: XY.nullable(),
  /** [minx, miny, maxx, maxy] in project CRS; null for a parcel without coordinates. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  /** m² for overlap, gap and sliver areas; relative difference for area mismatch; null otherwise. */
  measure: z.number().nullable(),
  message: z.string(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const ReportedProblemSchema = ProblemSchema.extend({
  /** `at` in CGCS2000 lon/lat, where the panel zooms. */
  lonLat: XY.nullable(),
  lonLatBBox: LonLatBBoxSchema.nullable(),
});
export type ReportedProblem = z.infer<typeof ReportedProblemSchema>;

export const CheckReportSchema = z.object({
  checkedAt: z.string(),
  parcels: z.number().int(),
  srsId: z.number().int(),
  rules: z.array(CheckRuleIdSchema),
  tolerances: z.object({
    value: CheckTolerancesSchema,
    /** Where the stored values came from, and the date they took effect (null for the built-in default). */
    source: z.string(),
    effectiveFrom: z.string().nullable(),
    /** Names of the values the caller overrode for this run. */
    overridden: z.array(z.string()),
  }),
  byRule: z.record(z.string(), z.number().int()),
  problems: z.array(ReportedProblemSchema),
});
export type CheckReport = z.infer<typeof CheckReportSchema>;
