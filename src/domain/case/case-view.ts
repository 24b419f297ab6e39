import { z } from 'zod';
import { SeveritySchema } from '../contract/rule';
import { LaneSchema, StepStatusSchema } from './case-lane';
import { CaseContractSchema } from './case-facts';
import { CaseConsentSchema, InsuranceSchema, MortgageSchema, TrusteeshipSchema } from './case-records';
import { CaseStepSchema } from './case-step';
import { StepKeySchema } from './step-catalogue';
import { CalendarDateSchema } from '../calendar/calendar-date';


/**
 * Where a case stands, in the order of the filing workflow (domain.md B.5, F.3): 草拟, 社会资本审查,
 * 审核签约, 备案, 台账登记, 已生效, 已终止/到期.
 */
export const CaseStageSchema = z.enum(['drafting', 'review', 'signing', 'filing', 'ledger', 'active', 'closed']);
export type CaseStage = z.infer<typeof CaseStageSchema>;
export const CASE_STAGE_LABEL: Record<CaseStage, string> = {
  drafting: '草拟',
  review: '社会资本审查',
  signing: '审核签约',
  filing: '备案',
  ledger: '台账登记',
  active: '已生效',
  closed: '已终止或到期',
};

/** A gate (LM-01…LM-04, SC-01): an error blocks completing the steps it names; a warning only informs. */
export const GateFindingSchema = z.object({
  ruleId: z.string().regex(/^(LM|SC)-\d{2}$/),
  severity: SeveritySchema,
  /** Planner-facing sentence in Chinese naming the record, household or date at fault. */
  message: z.string(),
  /** Legal basis as printed. */
  basis: z.string(),
  /** Steps that cannot be completed while this error stands. */
  blocks: z.array(StepKeySchema),
  /** The mortgage, insurance or trusteeship record concerned, if any. */
  recordId: z.number().int().nullable(),
  /** Dotted path of the field to fix, e.g. `mortgages.0.maturityDate`. */
  path: z.string().nullable(),
});
export type GateFinding = z.infer<typeof GateFindingSchema>;

export const DeadlineKindSchema = z.enum(['filing', 'rent', 'insurance_renewal', 'loan_maturity', 'trusteeship_season', 'contract_expiry', 'step_due']);
export const DeadlineSchema = z.object({
  date: CalendarDateSchema,
  kind: DeadlineKindSchema,
  lane: LaneSchema,
  contractId: z.number().int(),
  contractNumber: z.string().nullable(),
  /** What is due, in Chinese (e.g. 向发包方备案（签约后 30 日内）). */
  text: z.string(),
  /** The step or record it belongs to, for the screen to open. */
  stepKey: StepKeySchema.nullable(),
  recordId: z.number().int().nullable(),
  overdue: z.boolean(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** One line of a case's timeline: what happened (done) or is due (not done), by date. */
export const TimelineEntrySchema = z.object({
  date: CalendarDateSchema,
  lane: LaneSchema,
  text: z.string(),
  done: z.boolean(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const CaseStepViewSchema = CaseStepSchema.extend({ title: z.string(), applies: z.boolean(), blockedBy: z.array(z.string()) });
export type CaseStepView = z.infer<typeof CaseStepViewSchema>;

/** A lane's status on the board: 不适用 if no step applies, 退回 if any is returned, 完成 if all applicable are done. */
export const LaneViewSchema = z.object({ lane: LaneSchema, status: StepStatusSchema, steps: z.array(CaseStepViewSchema) });

export const CaseViewSchema = z.object({
  contract: CaseContractSchema,
  stage: CaseStageSchema,
  /** An error gate stands on the next step to take. */
  blocked: z.boolean(),
  lanes: z.array(LaneViewSchema),
  gates: z.array(GateFindingSchema),
  mortgages: z.array(MortgageSchema),
  insurances: z.array(InsuranceSchema),
  trusteeships: z.array(TrusteeshipSchema),
  consents: z.array(CaseConsentSchema),
  deadlines: z.array(DeadlineSchema),
  timeline: z.array(TimelineEntrySchema),
});
export type CaseView = z.infer<typeof CaseViewSchema>;

export const BoardRowSchema = z.object({
  contractId: z.number().int(),
  number: z.string().nullable(),
  transfereeName: z.string(),
  town: z.string(),
  village: z.string(),
  areaM2: z.number(),
  stage: CaseStageSchema,
  blocked: z.boolean(),
  laneStatus: z.record(LaneSchema, StepStatusSchema),
  nextDeadline: DeadlineSchema.nullable(),
});
export type BoardRow = z.infer<typeof BoardRowSchema>;

/** Counts and areas per stage, and per lane and status, over exactly the rows listed. */
export const BoardCountsSchema = z.object({
  byStage: z.array(z.object({ stage: CaseStageSchema, cases: z.number().int(), areaM2: z.number() })),
  byLane: z.record(LaneSchema, z.record(StepStatusSchema, z.number().int())),
  blocked: z.number().int(),
});
export type BoardCounts = z.infer<typeof BoardCountsSchema>;
