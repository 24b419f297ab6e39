import { z } from 'zod';
import { CalendarDateSchema } from '../calendar/calendar-date';
import { MAX_AREA_M2, MAX_LIST_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_YUAN, MAX_YUAN_PER_UNIT } from '../input-limits';

/**
 * The records the bank, insurer and co-op lanes keep on a case (domain.md D.1–D.3). Areas are m² (entered
 * in 亩 on forms and converted exactly), money is yuan, rates are fractions (0.0435 = 4.35%).
 */

const Id = z.number().int().positive();
const Fraction = z.number().min(0).max(1);
const Name = z.string().trim().max(MAX_NAME_LENGTH);
const Yuan = z.number().positive().max(MAX_YUAN);
const PerMu = z.number().positive().max(MAX_YUAN_PER_UNIT);
const AreaM2 = z.number().positive().max(MAX_AREA_M2);

/** Parcels of the contract a record covers, with the area (m²) it covers of each. */
export const CoveredParcelSchema = z.object({ parcelId: Id, areaM2: AreaM2 }).strict();

export const MortgageStatusSchema = z.enum(['active', 'repaid', 'defaulted', 'disposed']);
export const AppraisalMethodSchema = z.enum(['rent_times_term', 'income', 'market', 'reference_price', 'other']);

export const MortgageSchema = z
  .object({
    /** Null on a new record; the store assigns it. */
    id: Id.nullable(),
    bank: Name.min(1),
    loanNo: Name.min(1),
    amountYuan: Yuan,
    annualRate: Fraction,
    startDate: CalendarDateSchema,
    maturityDate: CalendarDateSchema,
    purpose: z.string().max(MAX_TEXT_LENGTH).default(''),
    parcels: z.array(CoveredParcelSchema).min(1).max(MAX_LIST_LENGTH),
    appraisedValueYuan: Yuan,
    appraisalMethod: AppraisalMethodSchema,
    appraiser: z.string().max(MAX_NAME_LENGTH).default(''),
    /** The day the mortgage was filed with the 发包方 (Measures 21), if it was. */
    filedOn: CalendarDateSchema.nullable(),
    /** LM-04: registrar, number and date; without them the mortgage is not effective against good-faith third parties. */
    registration: z.object({ registrar: Name.min(1), number: Name.min(1), registeredOn: CalendarDateSchema }).strict().nullable(),
    insurancePolicyNo: z.string().max(MAX_NAME_LENGTH).default(''),
    status: MortgageStatusSchema,
  })
  .strict()
  .refine((m) => m.maturityDate > m.startDate, { message: '到期日须晚于放款日', path: ['maturityDate'] });
export type Mortgage = z.infer<typeof MortgageSchema>;

export const InsuranceProductSchema = z.enum(['physical_cost', 'full_cost', 'income', 'performance_guarantee', 'specialty']);

export const InsuranceSchema = z
  .object({
    id: Id.nullable(),
    insurer: Name.min(1),
    product: InsuranceProductSchema,
    crop: Name.min(1),
    insuredM2: AreaM2,
    sumInsuredYuanPerMu: PerMu,
    premiumRate: Fraction,
    /** Shares of the premium; they add up to 1 (central, provincial, county subsidy and the farmer's own). */
    premiumSplit: z
      .object({ central: Fraction, provincial: Fraction, county: Fraction, farmer: Fraction })
      .strict()
      .refine((s) => Math.abs(s.central + s.provincial + s.county + s.farmer - 1) < 1e-9, { message: '保费分担比例之和须为 100%' }),
    policyNo: z.string().max(MAX_NAME_LENGTH).default(''),
    startDate: CalendarDateSchema,
    endDate: CalendarDateSchema,
    /** Who is paid a claim first, e.g. the lending bank. */
    beneficiary: z.string().max(MAX_NAME_LENGTH).default(''),
  })
  .strict()
  .refine((i) => i.endDate > i.startDate, { message: '保险止期须晚于起期', path: ['endDate'] });
export type Insurance = z.infer<typeof InsuranceSchema>;

/** The operations a co-op offers (D.3), priced per 亩 and per season on its price list. */
export const TrusteeshipOperationSchema = z.enum(['plough', 'sow', 'plant_protection', 'irrigation', 'harvest', 'straw', 'drying']);
export type TrusteeshipOperation = z.infer<typeof TrusteeshipOperationSchema>;
export const OPERATION_LABEL: Record<TrusteeshipOperation, string> = {
  plough: '耕地',
  sow: '播种',
  plant_protection: '植保',
  irrigation: '灌溉',
  harvest: '收获',
  straw: '秸秆处理',
  drying: '烘干',
};

/** A co-op's price list as of a date: yuan per 亩 per operation, and the full-trusteeship package per 亩-year. */
export const TrusteeshipPriceListSchema = z
  .object({
    coop: Name.min(1),
    operations: z.partialRecord(TrusteeshipOperationSchema, PerMu),
    fullPackageYuanPerMu: PerMu.nullable(),
    effectiveFrom: CalendarDateSchema,
    source: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
  })
  .strict();
export type TrusteeshipPriceList = z.infer<typeof TrusteeshipPriceListSchema>;

export const TrusteeshipPaymentSchema = z.discriminatedUnion('kind', [
  /** Down payment on signing (share of the total), the balance within N days of acceptance (MARA model art. 5). */
  z.object({ kind: z.literal('deposit_then_balance'), depositShare: Fraction, balanceDays: z.number().int().min(0).max(3660) }).strict(),
  z.object({ kind: z.literal('prepaid') }).strict(),
  z.object({ kind: z.literal('after_service') }).strict(),
  z.object({ kind: z.literal('deduct_from_sales') }).strict(),
]);

export const TrusteeshipSchema = z
  .object({
    id: Id.nullable(),
    coop: Name.min(1),
    /** The household or operator who buys the service (the management right does not move). */
    client: Name.min(1),
    mode: z.enum(['full', 'partial']),
    crop: Name.min(1),
    areaM2: AreaM2,
    operations: z.array(TrusteeshipOperationSchema).max(TrusteeshipOperationSchema.options.length),
    /** Yuan per 亩 as agreed: from the price list in force on `signedOn`, or negotiated. */
    feeYuanPerMu: PerMu,
    payment: TrusteeshipPaymentSchema,
    startDate: CalendarDateSchema,
    endDate: CalendarDateSchema,
    /** Full trusteeship: the guaranteed yield per 亩 and what is paid per kg missed. */
    guaranteedYieldKgPerMu: z.number().positive().max(100_000).nullable(),
    shortfallYuanPerKg: z.number().nonnegative().max(MAX_YUAN_PER_UNIT).nullable(),
    /** Late fee per day as a share of the total, capped at 50% of it (MARA model art. 7). */
    lateFeeDailyRate: Fraction,
    signedOn: CalendarDateSchema.nullable(),
  })
  .strict()
  .refine((t) => t.endDate > t.startDate, { message: '托管止期须晚于起期', path: ['endDate'] })
  .refine((t) => t.mode === 'full' || t.operations.length > 0, { message: '部分托管须选择至少一项作业', path: ['operations'] })
  .refine((t) => t.mode === 'partial' || t.guaranteedYieldKgPerMu !== null, { message: '全托管须约定保底产量', path: ['guaranteedYieldKgPerMu'] });
export type Trusteeship = z.infer<typeof TrusteeshipSchema>;

/** A transferor household's written consent (同意书) to mortgage or re-transfer of the right (LM-02). */
export const CaseConsentSchema = z
  .object({
    id: Id.nullable(),
    householdId: Id,
    kind: z.enum(['mortgage', 'retransfer']),
    signedOn: CalendarDateSchema,
    /** Where the signed paper is: archive number or scan reference. */
    documentRef: Name.min(1),
  })
  .strict();
export type CaseConsent = z.infer<typeof CaseConsentSchema>;

