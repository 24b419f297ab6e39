import { z } from 'zod';
import { CalendarDateSchema } from '../../calendar/calendar-date';
import { MAX_CODE_LENGTH, MAX_NAME_LENGTH } from '../../input-limits';
import { CitizenIdSchema, MemberInputSchema } from '../../household';
import type { StructureClass } from '../parameters/linkage-parameters';

/**
 * A household of a demolished village as the relocation survey records it: who lives there, the
 * homestead it gives up, its floor area by structure class, and whether it has signed its consent.
 */
export const RelocationMemberSchema = MemberInputSchema.pick({ name: true, relation: true, birthDate: true }).extend({
  idNumber: CitizenIdSchema.nullable().default(null),
});
export type RelocationMember = z.infer<typeof RelocationMemberSchema>;

export const ConsentSchema = z.object({
  status: z.enum(['agreed', 'refused', 'pending']),
  /** Date the consent form was signed (agreed or refused); null while pending. */
  signedOn: CalendarDateSchema.nullable(),
});
export type Consent = z.infer<typeof ConsentSchema>;

/** A household's homestead or floor area: 100,000 m² is far beyond any farmhouse and its yard. */
const BuildingM2 = z.number().min(0).max(100_000);

export const RelocationHouseholdSchema = z.object({
  /** The survey's household number, unique within the project. */
  code: z.string().min(1).max(MAX_CODE_LENGTH),
  headName: z.string().min(1).max(MAX_NAME_LENGTH),
  villageName: z.string().min(1).max(MAX_NAME_LENGTH),
  members: z.array(RelocationMemberSchema).min(1).max(100),
  homesteadM2: BuildingM2,
  /** Floor area of the old buildings by structure class (m²); classes not present are 0. */
  floorAreaM2: z.object({
    brickConcrete: BuildingM2.default(0),
    brickWood: BuildingM2.default(0),
    earthWood: BuildingM2.default(0),
    simple: BuildingM2.default(0),
  }) satisfies z.ZodType<Record<StructureClass, number>>,
  consent: ConsentSchema,
});
export type RelocationHousehold = z.infer<typeof RelocationHouseholdSchema>;
export type RelocationHouseholdInput = z.input<typeof RelocationHouseholdSchema>;

/** Whole years of age on `date` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
