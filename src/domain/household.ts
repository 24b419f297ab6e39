import { z } from 'zod';
import { CONTRACT_CODE_PATTERN, HOUSEHOLD_CODE_PATTERN, isValidCitizenId } from './identity';
import { CalendarDateSchema } from './calendar/calendar-date';
import { MAX_NAME_LENGTH } from './input-limits';

export const CitizenIdSchema = z.string().refine(isValidCitizenId, 'not a valid 18-digit ID number (GB 11643 checksum)');

export const MemberInputSchema = z.object({
  name: z.string().min(1).max(MAX_NAME_LENGTH),
  idNumber: CitizenIdSchema,
  sex: z.enum(['male', 'female']),
  /** Relation to the household head as written on the register (户主, 配偶, 子, 女, 父, 母 …). */
  relation: z.string().min(1).max(MAX_NAME_LENGTH),
  birthDate: CalendarDateSchema,
});
export type MemberInput = z.infer<typeof MemberInputSchema>;

export const HouseholdInputSchema = z.object({
  code: z.string().regex(HOUSEHOLD_CODE_PATTERN, '承包方代码 must be 18 digits'),
  contractCode: z.string().regex(CONTRACT_CODE_PATTERN, '承包合同代码 must be the 18-digit household code followed by J'),
  headName: z.string().min(1),
  villageCode: z.string().regex(/^\d{12}$/),
  groupCode: z.string().regex(/^\d{14}$/),
  address: z.string().min(1),
  phone: z.string().regex(/^1\d{10}$/).nullable(),
  /** Second-round contract term (第二轮土地承包). */
  contractStart: CalendarDateSchema,
  contractEnd: CalendarDateSchema,
  members: z.array(MemberInputSchema).min(1),
});
export type HouseholdInput = z.infer<typeof HouseholdInputSchema>;

export const VillageInputSchema = z.object({
  /** county (6) + town (3) + village (3) */
  code: z.string().regex(/^\d{12}$/),
  name: z.string().min(1),
  townName: z.string().min(1),
  countyName: z.string().min(1),
  /** Second-round contract end date for the whole village (domain.md B.3, local policy). */
  secondRoundEnd: CalendarDateSchema,
  groups: z.array(z.object({ code: z.string().regex(/^\d{14}$/), name: z.string().min(1) })).min(1),
});
export type VillageInput = z.infer<typeof VillageInputSchema>;
