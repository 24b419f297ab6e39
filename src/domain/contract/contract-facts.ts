import { z } from 'zod';
import { DatedValueSchema } from '../dated-value';
import { LandClassCodeSchema } from '../land-class';
import { ContractDraftSchema } from './contract-draft';
import { CalendarDateSchema } from '../calendar/calendar-date';

/**
 * Everything the legal checks (LT-01 … LT-20) need, resolved from the project: the draft plus the
 * facts about its parties and parcels and the local policy settings in force on the check date. The
 * rules are pure functions of this object, so each can be tested with a passing and a failing case.
 */


export const PartyKindSchema = z.enum(['household', 'individual', 'cooperative', 'family_farm', 'company', 'collective', 'other']);
export type PartyKind = z.infer<typeof PartyKindSchema>;

/** A dated local policy value and where it comes from (document, date), shown with every finding that uses it. */
const PolicyValueSchema = DatedValueSchema;

export const ContractPolicySchema = z.object({
  /**
   * LT-12: the transferee kinds that count as 工商企业等社会资本 and need the review before signing; a
   * household or individual listed here counts only when it is not a member of the collective.
   */
  socialCapitalKinds: PolicyValueSchema(z.array(PartyKindSchema)),
  /** LT-12: at or above this leased area (亩) the social-capital review is the county's, below it the township's. */
  socialCapitalCountyTierMu: PolicyValueSchema(z.number().positive()),
  /** LT-18: prompt for a risk-guarantee fund at or above this area (亩). */
  riskFundThresholdMu: PolicyValueSchema(z.number().positive()),
  /** LT-14: suggest registering the management right at or above this term (years). */
  registrationSuggestYears: PolicyValueSchema(z.number().int().positive()),
  /** LT-20: per-parcel tolerance between the table's 亩 and the parcel's area, in 亩. */
  areaToleranceMu: PolicyValueSchema(z.number().min(0)),
});
export type ContractPolicy = z.infer<typeof ContractPolicySchema>;

export const ContractFactsSchema = z.object({
  draft: ContractDraftSchema,
  /** The date the checks are run for (settings in force then). */
  asOf: CalendarDateSchema,
  transferors: z.array(
    z.object({
      householdId: z.number().int(),
      code: z.string(),
      headName: z.string(),
      headIdNumber: z.string().nullable(),
      /** End of the household's contract term as registered (承包期), '' when unknown. */
      contractEnd: z.string(),
      villageCode: z.string().nullable(),
      villageName: z.string().nullable(),
      /** LT-03: the village's second-round end date ('' unknown) and the extension, if it has been signed there. */
      secondRoundEnd: z.string(),
      extendedEnd: z.string().nullable(),
    }),
  ),
  transferee: z.object({
    partyId: z.number().int(),
    kind: PartyKindSchema,
    name: z.string(),
    uscc: z.string().nullable(),
    idNumber: z.string().nullable(),
    representative: z.string().nullable(),
    /** A member of the collective the land belongs to (transfers inside the collective are not social capital). */
    collectiveMember: z.boolean(),
  }),
  parcels: z.array(
    z.object({
      parcelId: z.number().int(),
      code: z.string(),
      householdId: z.number().int().nullable(),
      groupCode: z.string().nullable(),
      landClass: LandClassCodeSchema,
      basicFarmland: z.boolean(),
      registeredAreaM2: z.number().nullable(),
      ellipsoidAreaM2: z.number(),
      /** The area the contract transfers: the draft's areaM2 or the whole parcel. */
      leasedAreaM2: z.number(),
    }),
  ),
  /** True when the parcels are every contracted parcel of at least one village group (整组流转). */
  wholeGroup: z.boolean(),
  policy: ContractPolicySchema,
});
export type ContractFacts = z.infer<typeof ContractFactsSchema>;
