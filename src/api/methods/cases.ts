import { z } from 'zod';
import { LaneSchema, StepStatusSchema } from '../../domain/case/case-lane';
import { CasePolicySchema } from '../../domain/case/case-facts';
import { CaseConsentSchema, InsuranceSchema, MortgageSchema, TrusteeshipPriceListSchema, TrusteeshipSchema } from '../../domain/case/case-records';
import { StepPatchSchema } from '../../domain/case/case-step';
import { BoardCountsSchema, BoardRowSchema, CaseStageSchema, CaseViewSchema, DeadlineSchema } from '../../domain/case/case-view';
import { StepKeySchema } from '../../domain/case/step-catalogue';
import { Id } from '../schemas';
import { CalendarDateSchema } from '../../domain/calendar/calendar-date';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../domain/input-limits';

/**
 * The six-party case board (六位一体, issue 5): one case per contract with six lanes of steps, the gates
 * LM-01…LM-04 and SC-01, the mortgage, insurance, trusteeship and consent records, and the deadlines.
 * A case exists for every contract; its steps are created from the step catalogue on first read.
 * `asOf` defaults to today. Writes return the case as it now stands.
 */

const CaseRef = { contractId: Id };
/** A policy value is a loan-to-value cap, a number of years or of days: none reaches ten thousand. */
const MAX_POLICY_VALUE = 10_000;
const BoardFilterSchema = z
  .object({
    town: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(),
    villageCode: z.string().regex(/^\d{12}$/).optional(),
    stage: CaseStageSchema.optional(),
    /** Cases whose lane has this status (e.g. bank lane 退回). */
    lane: z.object({ lane: LaneSchema, status: StepStatusSchema }).strict().optional(),
    blockedOnly: z.boolean().optional(),
    asOf: CalendarDateSchema.optional(),
  })
  .strict();

export const caseMethods = {
  /** The board: one row per case matching the filter, and the counts and areas over exactly those rows. */
  'cases.board': {
    input: BoardFilterSchema,
    output: z.object({
      rows: z.array(BoardRowSchema),
      counts: BoardCountsSchema,
      /** Cases that could not be built, each with the reason; the board shows the others. */
      unreadable: z.array(z.object({ contractId: Id, number: z.string().nullable(), message: z.string() })),
    }),
  },
  'cases.get': { input: z.object({ ...CaseRef, asOf: CalendarDateSchema.optional() }).strict(), output: CaseViewSchema },
  /** Changes one step; completing a step an error gate blocks is refused (`refused`, naming the gate). */
  'cases.steps.update': { input: z.object({ ...CaseRef, key: StepKeySchema, patch: StepPatchSchema }).strict(), output: CaseViewSchema },
  'cases.consents.save': { input: z.object({ ...CaseRef, consent: CaseConsentSchema }).strict(), output: CaseViewSchema },
  'cases.mortgages.save': { input: z.object({ ...CaseRef, mortgage: MortgageSchema }).strict(), output: CaseViewSchema },
  'cases.insurances.save': { input: z.object({ ...CaseRef, insurance: InsuranceSchema }).strict(), output: CaseViewSchema },
  'cases.trusteeships.save': { input: z.object({ ...CaseRef, trusteeship: TrusteeshipSchema }).strict(), output: CaseViewSchema },
  'cases.records.remove': {
    input: z.object({ ...CaseRef, kind: z.enum(['consent', 'mortgage', 'insurance', 'trusteeship']), id: Id }).strict(),
    output: CaseViewSchema,
  },
  /** The 待办 list over all cases (or a town's): deadlines from today to `withinDays` ahead, overdue ones first. */
  'cases.deadlines': {
    input: z.object({ town: z.string().trim().min(1).max(MAX_NAME_LENGTH).optional(), withinDays: z.number().int().min(0).max(3660).default(90), asOf: CalendarDateSchema.optional() }).strict(),
    output: z.array(DeadlineSchema),
  },
  /** The co-ops' price lists in force on `asOf` (dated; every entry keeps its source). */
  'cases.priceLists.get': { input: z.object({ asOf: CalendarDateSchema.optional() }).strict(), output: z.array(TrusteeshipPriceListSchema) },
  'cases.priceLists.put': { input: z.object({ priceList: TrusteeshipPriceListSchema }).strict(), output: TrusteeshipPriceListSchema },
  /** The case policy in force (LTV caps by bank, registration suggestion, reminder days) and a dated entry. */
  'cases.policy.get': { input: z.object({ asOf: CalendarDateSchema.optional() }).strict(), output: CasePolicySchema },
  'cases.policy.put': {
    input: z
      .object({
        key: z.union([z.enum(['defaultLtvCap', 'registrationSuggestedYears', 'reminderDays']), z.string().max(MAX_NAME_LENGTH).regex(/^ltvCapByBank\..+$/)]),
        value: z.number().positive().max(MAX_POLICY_VALUE),
        effectiveFrom: CalendarDateSchema,
        source: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
      })
      .strict(),
    output: CasePolicySchema,
  },
} as const;
