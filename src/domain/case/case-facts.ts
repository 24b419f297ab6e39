import { z } from 'zod';
import { DatedValueSchema } from '../dated-value';
import { TransferModeSchema } from '../contract/contract-draft';
import { ContractCorrectionSchema } from '../contract/contract-correction';
import { ContractStatusSchema } from '../contract/contract-view';
import { CaseConsentSchema, InsuranceSchema, MortgageSchema, TrusteeshipSchema } from './case-records';
import { CaseStepSchema } from './case-step';
import { CalendarDateSchema } from '../calendar/calendar-date';


/**
 * What the gate rules, the stage, the deadlines and the timeline read about one case: the contract as far
 * as the case needs it, the steps and the records. Built by the store; pure functions read it.
 */
export const CaseContractSchema = z.object({
  id: z.number().int().positive(),
  number: z.string().nullable(),
  status: ContractStatusSchema,
  mode: TransferModeSchema,
  transfereeName: z.string(),
  /** Company or other social capital (LT-12): the review gate applies. */
  socialCapital: z.boolean(),
  socialCapitalReview: z.object({ approvalNo: z.string(), approvedOn: CalendarDateSchema, tier: z.enum(['township', 'county']) }).nullable(),
  /** Someone signs for the households under a power of attorney. */
  agent: z.boolean(),
  town: z.string(),
  village: z.string(),
  villageCode: z.string(),
  areaM2: z.number(),
  annualRentYuan: z.number(),
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema,
  signedOn: CalendarDateSchema.nullable(),
  numberedOn: CalendarDateSchema.nullable(),
  filedOn: CalendarDateSchema.nullable(),
  activeOn: CalendarDateSchema.nullable(),
  terminatedOn: CalendarDateSchema.nullable(),
  /** 甲方 files with the 发包方 within this many days of signing (contract 七(二)2). */
  filingDays: z.number().int().min(0),
  /** What the contract allows (consents clause): mortgage of the right, re-transfer. */
  allowsCollateral: z.boolean(),
  allowsRetransfer: z.boolean(),
  transferors: z.array(
    z.object({
      householdId: z.number().int().positive(),
      name: z.string(),
      /** The end of the household's contracting right: the signed extension's end where known, else the second round's. */
      rightEndDate: CalendarDateSchema,
    }),
  ),
  parcels: z.array(z.object({ parcelId: z.number().int().positive(), code: z.string(), householdId: z.number().int().nullable(), areaM2: z.number() })),
  /** Rent payments not yet recorded as paid in full, overdue ones included (deadlines flag them), earliest first. */
  rentDue: z.array(z.object({ dueDate: CalendarDateSchema, householdId: z.number().int(), amountYuan: z.number() })),
  /** Rent paid in yearly instalments: LM-01 then also warns when a loan outlives the next rent date. */
  rentPaidYearly: z.boolean(),
});
export type CaseContract = z.infer<typeof CaseContractSchema>;

/** The case policy in force: the LTV cap per bank with a default, the registration term suggestion. */
export const CasePolicySchema = z.object({
  defaultLtvCap: DatedValueSchema(z.number().positive().max(1)),
  ltvCapByBank: z.record(z.string(), DatedValueSchema(z.number().positive().max(1))),
  /** Terms of at least this many years get the 经营权登记 step (LT-14's suggestion). */
  registrationSuggestedYears: DatedValueSchema(z.number().int().positive()),
  /** Days before a deadline at which the 待办 list starts showing it. */
  reminderDays: DatedValueSchema(z.number().int().positive()),
});
export type CasePolicy = z.infer<typeof CasePolicySchema>;

export const CaseFactsSchema = z.object({
  asOf: CalendarDateSchema,
  contract: CaseContractSchema,
  steps: z.array(CaseStepSchema),
  mortgages: z.array(MortgageSchema),
  insurances: z.array(InsuranceSchema),
  trusteeships: z.array(TrusteeshipSchema),
  consents: z.array(CaseConsentSchema),
  /** The contract's recorded corrections (撤销编号, 更正), oldest first; the timeline shows each. */
  corrections: z.array(ContractCorrectionSchema),
  policy: CasePolicySchema,
});
export type CaseFacts = z.infer<typeof CaseFactsSchema>;
