import { z } from 'zod';
import { FarmlandInputSchema, HomesteadInputSchema, LinearFeatureInputSchema, ParcelInputSchema } from './parcel';
import { HouseholdInputSchema, VillageInputSchema } from './household';

/** A whole dataset written into a project in one transaction (the demo, and later bulk imports). */
export const ProjectDataSchema = z.object({
  /** EPSG code of every geometry below, e.g. 4527 (CGCS2000 3° GK zone 39 with zone prefix). */
  srsId: z.number().int(),
  villages: z.array(VillageInputSchema),
  households: z.array(HouseholdInputSchema),
  parcels: z.array(ParcelInputSchema),
  homesteads: z.array(HomesteadInputSchema),
  farmland: z.array(FarmlandInputSchema),
  linearFeatures: z.array(LinearFeatureInputSchema),
});
export type ProjectData = z.infer<typeof ProjectDataSchema>;
