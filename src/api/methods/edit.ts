import { z } from 'zod';
import { AmendmentRequestSchema } from '../../domain/contract/contract-amendment';
import { AreaGeometrySchema, LonLatAreaGeometrySchema, lonLatPointsSchema } from '../../domain/geometry';
import { MAX_AREA_MU, MAX_CODE_LENGTH, MAX_NAME_LENGTH } from '../../domain/input-limits';
import { EncumbranceSchema } from '../../store/edits/encumbrances';
import { LandClassCodeSchema } from '../../domain/land-class';
import { Empty, Id, ParcelDetailSchema } from '../schemas';

/**
 * Map edits of parcels (geometry in CGCS2000 lon/lat, every vertex inside China; the handlers also hold
 * it to the project's zone), their lineage, and the undoable edit log.
 */

const Amendment = AmendmentRequestSchema.optional();

/** A split needs pieces a planner can tell apart: 0.01 亩 is the smallest figure an area column shows. */
const MIN_PIECE_MU = 0.01;
const MAX_PIECES = 100;

const SplitMergeResultSchema = z.object({
  editId: Id,
  removed: z.array(z.object({ id: Id, code: z.string() })),
  /** The new parcels with their areas. */
  parcels: z.array(ParcelDetailSchema),
  /** Official m² of what was replaced and of the new parcels together. */
  originalM2: z.number(),
  piecesM2: z.number(),
});

const LineageEntrySchema = z.object({
  generation: z.number().int(),
  child: z.object({ id: Id, code: z.string() }),
  parent: z.object({ id: Id, code: z.string() }).nullable(),
  kind: z.string(),
  at: z.string(),
  actor: z.string(),
  editId: Id.nullable(),
});

const ReplayedEditSchema = z
  .object({ editId: Id, kind: z.string(), summary: z.record(z.string(), z.unknown()), restoredIds: z.array(Id), removedIds: z.array(Id) })
  .nullable();

export const editMethods = {
  'parcels.geometry': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ id: Id, geometry: AreaGeometrySchema }),
  },
  'parcels.create': {
    input: z
      .object({
        geometry: LonLatAreaGeometrySchema,
        code: z.string().min(1).max(MAX_CODE_LENGTH).optional(),
        name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
        landClass: LandClassCodeSchema,
        groupCode: z.string().regex(/^\d{14}$/).optional(),
      })
      .strict(),
    output: ParcelDetailSchema,
  },
  /**
   * Edits of a parcel something rests on (a transfer contract in force, a linkage parcel) are refused naming
   * it; `amendment` makes the edit a recorded amendment (变更) of that contract instead.
   */
  'parcels.reshape': { input: z.object({ id: Id, geometry: LonLatAreaGeometrySchema, amendment: Amendment }).strict(), output: ParcelDetailSchema },
  'parcels.cutHole': { input: z.object({ id: Id, ring: lonLatPointsSchema(3), amendment: Amendment }).strict(), output: ParcelDetailSchema },
  'parcels.split': { input: z.object({ id: Id, line: lonLatPointsSchema(2), amendment: Amendment }).strict(), output: SplitMergeResultSchema },
  'parcels.splitByAreas': {
    input: z
      .object({
        id: Id,
        areasMu: z.array(z.number().min(MIN_PIECE_MU).max(MAX_AREA_MU)).min(1).max(MAX_PIECES - 1),
        bearingDeg: z.number().min(-360).max(360).optional(),
        amendment: Amendment,
      })
      .strict(),
    output: SplitMergeResultSchema,
  },
  'parcels.merge': { input: z.object({ ids: z.array(Id).min(2).max(MAX_PIECES), amendment: Amendment }).strict(), output: SplitMergeResultSchema },
  /** What rests on the parcels: contracts in force (with their cases' records) and linkage parcels over them. */
  'parcels.encumbrances': { input: z.object({ ids: z.array(Id).min(1).max(1000) }).strict(), output: z.array(EncumbranceSchema) },
  'parcels.lineage': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ own: z.array(LineageEntrySchema), ancestors: z.array(LineageEntrySchema), descendants: z.array(LineageEntrySchema) }),
  },
  'edits.list': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(50) }).strict(),
    output: z.array(z.object({ id: Id, at: z.string(), actor: z.string(), kind: z.string(), summary: z.record(z.string(), z.unknown()), undone: z.boolean() })),
  },
  'edits.undo': { input: Empty, output: ReplayedEditSchema },
  'edits.redo': { input: Empty, output: ReplayedEditSchema },
} as const;
