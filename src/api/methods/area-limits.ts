import { z } from 'zod';
import { AreaLimitKindSchema, AreaLimitMuSchema } from '../../domain/area-limits';
import { CalendarDateSchema } from '../../domain/calendar/calendar-date';
import { MAX_TEXT_LENGTH } from '../../domain/input-limits';

const LimitRowSchema = z.object({ mu: z.number(), effectiveFrom: z.string(), source: z.string() });

/**
 * The area limits of features drawn by hand (domain/area-limits): a parcel, a linkage parcel or a project
 * area above its limit is refused; imported parcels above it are flagged by the data checks.
 */
export const areaLimitMethods = {
  /** The limits in force on `asOf` (default today), in 亩, each with its date and source. */
  'areaLimits.get': {
    input: z.object({ asOf: CalendarDateSchema.optional() }).strict(),
    output: z.object({ contractedParcel: LimitRowSchema, linkageParcel: LimitRowSchema, linkageProjectArea: LimitRowSchema }),
  },
  /** Records a dated limit; answers it as stored. */
  'areaLimits.put': {
    input: z
      .object({ kind: AreaLimitKindSchema, mu: AreaLimitMuSchema, effectiveFrom: CalendarDateSchema, source: z.string().trim().min(1).max(MAX_TEXT_LENGTH) })
      .strict(),
    output: z.object({ kind: AreaLimitKindSchema, limit: LimitRowSchema }),
  },
} as const;
