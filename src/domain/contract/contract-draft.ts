import { z } from 'zod';
import { CalendarDateSchema } from '../calendar/calendar-date';
import {
  MAX_AREA_M2,
  MAX_COUNT,
  MAX_LIST_LENGTH,
  MAX_LONG_TEXT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_YUAN,
  MAX_YUAN_PER_UNIT,
} from '../input-limits';

/**
 * A land management-right transfer contract (土地经营权流转合同) as the planner drafts it: every section of
 * the MARA 2021 model lease and share-entry texts (domain.md A.3, A.5) as data. The parcel table and the
 * parties' details are resolved from the project when the contract is shown or printed; the draft holds
 * the choices. Money is in yuan, areas in m² (shown in 亩), dates ISO `YYYY-MM-DD`.
 */

const MonthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD');
const Yuan = z.number().min(0).max(MAX_YUAN);
const YuanPerUnit = z.number().min(0).max(MAX_YUAN_PER_UNIT);
const Text = z.string().max(MAX_TEXT_LENGTH);
const Name = z.string().max(MAX_NAME_LENGTH);
const Ids = z.array(z.number().int().positive()).max(MAX_LIST_LENGTH);
/** Daily penalty as N/10000 of the annual rent (printed 万分之N). */
const Per10k = z.number().int().min(0).max(10000);
const Days = z.number().int().min(0).max(3650);

/** 四至: what lies east, south, west and north of a parcel, as printed in the parcel table. */
export const FourBoundariesSchema = z.object({ east: Text, south: Text, west: Text, north: Text }).strict();
export type FourBoundaries = z.infer<typeof FourBoundariesSchema>;

export const TransferModeSchema = z.enum(['lease', 'share', 'other']);
export type TransferMode = z.infer<typeof TransferModeSchema>;

/** What the land will be used for; drives LT-04 (farm use only) and LT-05 (grain priority). */
export const LandUseKindSchema = z.enum(['grain', 'vegetable', 'cash_crop', 'orchard', 'forest', 'fishpond', 'livestock', 'facility_farming', 'non_farm', 'other_farm']);
export type LandUseKind = z.infer<typeof LandUseKindSchema>;

export const GrainSchema = z.enum(['wheat', 'corn', 'rice', 'soybean']);
export type Grain = z.infer<typeof GrainSchema>;

export const RentBasisSchema = z.discriminatedUnion('kind', [
  /** 现金: yuan per 亩 per year. */
  z.object({ kind: z.literal('cash'), yuanPerMuYear: YuanPerUnit }).strict(),
  /**
   * 实物折资 (grain-indexed, Jiaxiang style): the rent is `jinPerMuYear` of a grain valued at a reference
   * price on a given day; it is reset every `resetEveryYears` years from the price then in force.
   */
  z
    .object({
      kind: z.literal('grain'),
      grain: GrainSchema,
      jinPerMuYear: z.number().positive().max(MAX_YUAN_PER_UNIT),
      priceRef: z.enum(['market', 'state_minimum', 'posted']),
      /** The day of the year the reference price is read, e.g. 05-10. */
      priceDate: MonthDay,
      /** Price in force at signing, yuan per 斤; later resets use the recorded price settings. */
      basePriceYuanPerJin: z.number().positive().max(MAX_YUAN_PER_UNIT),
      resetEveryYears: z.number().int().min(1).max(30),
    })
    .strict(),
  /** 入股: dividends by share only, or a guaranteed minimum per 亩 plus dividends. */
  z
    .object({
      kind: z.literal('share'),
      scheme: z.enum(['dividend_only', 'guaranteed_plus_dividend']),
      guaranteedYuanPerMuYear: YuanPerUnit.nullable(),
      /** 出资额 in yuan, or a number of shares; at least one. */
      contributionYuan: Yuan.nullable(),
      shares: z.number().int().positive().max(MAX_COUNT).nullable(),
      /** 公司解散时入股土地退回原承包方 — Measures 16; LT-17 requires it for a company. */
      dissolutionReturnsLand: z.boolean(),
      preferredShares: z.boolean(),
    })
    .strict(),
  z.object({ kind: z.literal('other'), text: z.string().min(1).max(MAX_TEXT_LENGTH) }).strict(),
]);
export type RentBasis = z.infer<typeof RentBasisSchema>;

export const PaymentPlanSchema = z
  .object({
    /** lump_sum: the whole term at delivery; annual: each year on `dueMonthDay`; instalments: per year in parts. */
    mode: z.enum(['lump_sum', 'annual', 'instalments', 'other']),
    /** Day of each year a payment is due (annual) or of the first instalment. */
    dueMonthDay: MonthDay,
    /** For instalments: the parts of each year's rent, percentages summing to 100. */
    instalments: z.array(z.object({ monthDay: MonthDay, pct: z.number().positive().max(100) }).strict()).max(366).default([]),
    /** 先付后用: true if each year is paid before that year starts. */
    inAdvance: z.boolean().default(true),
    method: z.enum(['bank_transfer', 'cash', 'other']).default('bank_transfer'),
    otherText: Text.default(''),
  })
  .strict();
export type PaymentPlan = z.infer<typeof PaymentPlanSchema>;

export const ContractDraftSchema = z
  .object({
    mode: TransferModeSchema,
    /** 甲方: the households whose parcels are transferred; one contract may carry a schedule of many. */
    transferorHouseholdIds: Ids.min(1),
    /** 乙方: a party of the project (cooperative, family farm, company, individual). */
    transfereePartyId: z.number().int().positive(),
    /**
     * 再流转: the transferee of contract `of` passes on land it holds under it (承包法 art. 46; Measures
     * art. 12). `transferorPartyId` signs as 甲方 and must be that contract's 乙方; the households stay
     * listed as the holders whose written consent the re-transfer needs. Null for a first transfer.
     */
    retransfer: z.object({ of: z.number().int().positive(), transferorPartyId: z.number().int().positive() }).strict().nullable().default(null),
    /** 农户代表 or the village acting under written entrustment (LT-08); null when each household signs. */
    agent: z
      .object({ name: Name.min(1), idNumber: Name, powerOfAttorneyHouseholdIds: Ids })
      .strict()
      .nullable(),
    parcels: z
      .array(
        z
          .object({
            parcelId: z.number().int().positive(),
            /** Leased area when only part of the parcel is transferred; null = the whole parcel (ellipsoidal). */
            areaM2: z.number().positive().max(MAX_AREA_M2).nullable(),
            /** 四至, derived from the map and editable. */
            boundaries: FourBoundariesSchema,
            remark: Text.default(''),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_LIST_LENGTH),
    /** 二(二): buildings and assets on the land and how they are handled. */
    existingAssets: z.string().max(MAX_LONG_TEXT_LENGTH).default(''),
    use: Text.min(1),
    useKind: LandUseKindSchema,
    /** LT-05: why a cultivated parcel leaves grain. */
    nonGrainJustification: Text.default(''),
    startDate: CalendarDateSchema,
    endDate: CalendarDateSchema,
    deliveryDate: CalendarDateSchema,
    rent: RentBasisSchema,
    adjustment: z.object({ everyYears: z.number().int().min(1).max(30), method: Text.min(1) }).strict().nullable(),
    payment: PaymentPlanSchema,
    payeeAccount: z.object({ name: Name, number: Name, bank: Name }).strict().nullable(),
    /** LT-19: rent paid to someone other than the household (e.g. the village) under entrustment. */
    payeeIsHousehold: z.boolean().default(true),
    consents: z
      .object({ improvements: z.boolean(), facilities: z.boolean(), collateral: z.boolean(), retransfer: z.boolean() })
      .strict(),
    subsidiesTo: z.enum(['transferor', 'transferee', 'agreed']),
    subsidiesText: Text.default(''),
    riskFund: z.object({ amountYuan: Yuan, holder: Name.min(1), refundAtExpiry: z.boolean() }).strict().nullable(),
    compensation: z.object({ fixtures: z.enum(['transferor', 'transferee', 'agreed']), crops: z.enum(['transferor', 'transferee', 'agreed']) }).strict(),
    facilitiesAtExpiry: z.enum(['transferor_free', 'valuation_buyback', 'restore', 'other']),
    /** 七(二)2: 甲方 files with the 发包方 within this many days of the contract taking effect. */
    filingDays: Days,
    renewalNoticeDays: Days,
    returnDays: Days,
    penalties: z
      .object({
        lateDeliveryPer10k: Per10k,
        lateDeliveryTerminateDays: Days,
        lateRentPer10k: Per10k,
        lateRentTerminateDays: Days,
        lateReturnPer10k: Per10k,
      })
      .strict(),
    disputes: z.enum(['arbitration', 'court']),
    copies: z.number().int().min(2).max(20),
    annexes: z.array(z.object({ item: Name.min(1), supplied: z.boolean(), pages: z.number().int().min(0).max(10_000), remark: Text.default('') }).strict()).max(100),
    /** LT-12: social-capital qualification and project review. */
    socialCapitalReview: z.object({ approvalNo: Name.min(1), approvedOn: CalendarDateSchema, tier: z.enum(['township', 'county']) }).strict().nullable(),
    /** LT-13: collective land not assigned to households needs a ≥ 2/3 village-meeting resolution. */
    collectiveLand: z.object({ resolutionOn: CalendarDateSchema, inFavour: z.number().int().min(0).max(MAX_COUNT), total: z.number().int().positive().max(MAX_COUNT), publicised: z.boolean() }).strict().nullable(),
    /** LT-01: 代耕 of at most a year may go without a written contract. */
    caretakerOnly: z.boolean().default(false),
    signedOn: CalendarDateSchema.nullable(),
    signPlace: Name.default(''),
    supplementary: z.string().max(MAX_LONG_TEXT_LENGTH).default(''),
  })
  .strict();
export type ContractDraft = z.infer<typeof ContractDraftSchema>;
export type ContractDraftInput = z.input<typeof ContractDraftSchema>;
