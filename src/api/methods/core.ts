import { z } from 'zod';
import { AuditVerificationSchema } from '../../domain/audit-chain';
import { LandClassCodeSchema } from '../../domain/land-class';
import { LonLatBBoxSchema } from '../../domain/geometry';
import { MAX_AREA_M2, MAX_CODE_LENGTH, MAX_NAME_LENGTH } from '../../domain/input-limits';
import { AuditEntrySchema, Empty, Id, LayerFeaturesSchema, LayerNameSchema, ParcelDetailSchema, ParcelSummarySchema, ProjectInfoSchema } from '../schemas';

/** Project overview, map layers, parcel lookup and attribute edits, the audit log and its verification. */
export const coreMethods = {
  'project.info': { input: Empty, output: ProjectInfoSchema },
  'layers.features': {
    input: z.object({ layer: LayerNameSchema, bbox: LonLatBBoxSchema.optional() }).strict(),
    output: LayerFeaturesSchema,
  },
  'parcels.get': { input: z.object({ id: Id }).strict(), output: ParcelDetailSchema },
  'parcels.findByCode': { input: z.object({ code: z.string().min(1).max(MAX_CODE_LENGTH) }).strict(), output: ParcelDetailSchema.nullable() },
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
        name: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
        landClass: LandClassCodeSchema.optional(),
        qualityGrade: z.number().int().min(1).max(10).nullable().optional(),
        registeredAreaM2: z.number().positive().max(MAX_AREA_M2).nullable().optional(),
      })
      .strict(),
    output: ParcelDetailSchema,
  },
  'audit.list': {
    input: z.object({ limit: z.number().int().min(1).max(1000).default(50) }).strict(),
    output: z.array(AuditEntrySchema),
  },
  /** Walks the whole audit chain and runs SQLite's integrity check: ok, or the first bad row. */
  'audit.verify': { input: Empty, output: AuditVerificationSchema },
} as const;
