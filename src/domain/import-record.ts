import { z } from 'zod';
import { AreaGeometrySchema } from './geometry';
import { LandClassCodeSchema } from './land-class';

export const AttributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type AttributeValue = z.infer<typeof AttributeValueSchema>;

/** One source record as LandLink stores it: mapped fields, geometry in the project CRS, the rest as extras. */
export const ImportRecordSchema = z.object({
  record: z.number().int(),
  code: z.string().min(1),
  name: z.string(),
  householdCode: z.string().nullable(),
  contractCode: z.string().nullable(),
  registeredAreaM2: z.number().positive().nullable(),
  landClass: LandClassCodeSchema,
  qualityGrade: z.number().int().min(1).max(10).nullable(),
  villageName: z.string().nullable(),
  townName: z.string().nullable(),
  countyName: z.string().nullable(),
  geometry: AreaGeometrySchema,
  /** Source attributes no LandLink field took, kept so an export gives them back. */
  extra: z.record(z.string(), AttributeValueSchema),
});
export type ImportRecord = z.infer<typeof ImportRecordSchema>;
