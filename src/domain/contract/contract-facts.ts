import { z } from 'zod';
import { DatedValueSchema } from '../dated-value';
import { LandClassCodeSchema } from '../land-class';
import { ContractDraftSchema } from './contract-draft';
import { CalendarDateSchema } from '../calendar/calendar-date';

/**
 * Everything the legal checks (LT-01 … LT-22) need, resolved from the project: the draft plus the
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

/**
 * A contract in force (numbered, filed or active) that holds one of the draft's parcels on some day of the
 * draft's term, as the store finds it (LT-21). Contracts of the draft's own re-transfer chain are not listed.
 */
export const TransferInForceSchema = z.object({
  contractId: z.number().int(),
  number: z.string().nullable(),
  status: z.enum(['numbered', 'filed', 'active']),
  transfereeName: z.string(),
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema,
  parcelId: z.number().int(),
  /** The area of the parcel that contract transfers, m². */
  leasedAreaM2: z.number(),
});
export type TransferInForce = z.infer<typeof TransferInForceSchema>;

/** A parcel of the draft that is no longer in the parcel layer: what lineage says became of it (LT-22). */
export const RetiredParcelSchema = z.object({
  /** The edit that removed it (split, merge), and when; null when lineage does not know (a bad file). */
  kind: z.string().nullable(),
  at: z.string().nullable(),
  successors: z.array(z.object({ id: z.number().int(), code: z.string(), areaM2: z.number() })),
  /** The recorded amendment (变更) that carried the contract over to the successors, if any. */
  amendmentNo: z.number().int().nullable(),
});
export type RetiredParcel = z.infer<typeof RetiredParcelSchema>;

/** LT-10: the contract a re-transfer passes on, and the holders' written consents recorded on its case. */
export const RetransferFactsSchema = z.object({
  transferorPartyId: z.number().int(),
  /** Null when the project holds no contract of that id. */
  original: z
    .object({
      id: z.number().int(),
      number: z.string().nullable(),
      /** As of the check date: expired once past its end. */
      status: z.enum(['draft', 'numbered', 'filed', 'active', 'expired', 'terminated']),
      transfereePartyId: z.number().int(),
      transfereeName: z.string(),
      startDate: CalendarDateSchema,
      endDate: CalendarDateSchema,
      /** 九(一): the holders consented to re-transfer in the contract itself. */
      allowsRetransfer: z.boolean(),
      /** The parcels it holds now (after any recorded amendment). */
      parcelIds: z.array(z.number().int()),
    })
    .nullable(),
  consents: z.array(z.object({ householdId: z.number().int(), signedOn: CalendarDateSchema, documentRef: z.string() })),
});
export type RetransferFacts = z.infer<typeof RetransferFactsSchema>;

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
      /** Null only for a retired parcel nothing records the class of. */
      landClass: LandClassCodeSchema.nullable(),
      basicFarmland: z.boolean(),
      registeredAreaM2: z.number().nullable(),
      ellipsoidAreaM2: z.number(),
      /** The area the contract transfers: the draft's areaM2 or the whole parcel. */
      leasedAreaM2: z.number(),
      /** Set when the parcel has left the layer (split, merged away); its figures are then its last known ones. */
      retired: RetiredParcelSchema.nullable().default(null),
    }),
  ),
  /** True when the parcels are every contracted parcel of at least one village group (整组流转). */
  wholeGroup: z.boolean(),
  policy: ContractPolicySchema,
  transfersInForce: z.array(TransferInForceSchema).default([]),
  retransfer: RetransferFactsSchema.nullable().default(null),
});
export type ContractFacts = z.infer<typeof ContractFactsSchema>;
