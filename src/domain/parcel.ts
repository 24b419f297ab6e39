import { z } from 'zod';
import { AreaGeometrySchema } from './geometry';
import { PARCEL_CODE_PATTERN } from './identity';
import { LandClassCodeSchema } from './land-class';

/** A contracted parcel (承包地块) as written to the project, geometry in the layer's CRS. */
export const ParcelInputSchema = z.object({
  code: z.string().regex(PARCEL_CODE_PATTERN, '地块代码 must be 19 digits (county+town+village+group+parcel)'),
  name: z.string().min(1),
  householdCode: z.string().nullable(),
  contractCode: z.string().nullable(),
  groupCode: z.string().regex(/^\d{14}$/),
  landClass: LandClassCodeSchema,
  /** 耕地质量等级 1 (best) – 10 (GB/T 33469). */
  qualityGrade: z.number().int().min(1).max(10).nullable(),
  registeredAreaM2: z.number().positive().nullable(),
  geometry: AreaGeometrySchema,
});
export type ParcelInput = z.infer<typeof ParcelInputSchema>;

export const HomesteadInputSchema = z.object({
  code: z.string().min(1),
  householdCode: z.string().nullable(),
  groupCode: z.string().regex(/^\d{14}$/),
  registeredAreaM2: z.number().positive().nullable(),
  geometry: AreaGeometrySchema,
});
export type HomesteadInput = z.infer<typeof HomesteadInputSchema>;

export const FarmlandInputSchema = z.object({
  /** 永久基本农田 patch code from the county's delineation. */
  code: z.string().min(1),
  geometry: AreaGeometrySchema,
});
export type FarmlandInput = z.infer<typeof FarmlandInputSchema>;

export const LinearFeatureInputSchema = z.object({
  kind: z.enum(['road', 'ditch']),
  name: z.string().nullable(),
  landClass: LandClassCodeSchema,
  geometry: AreaGeometrySchema,
});
export type LinearFeatureInput = z.infer<typeof LinearFeatureInputSchema>;
