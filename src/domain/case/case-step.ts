import { z } from 'zod';
import { LaneSchema, StepStatusSchema } from './case-lane';
import { StepKeySchema } from './step-catalogue';
import { CalendarDateSchema } from '../calendar/calendar-date';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../input-limits';


/** One document a step expects (身份证复印件, 备案回执…): received or not, when, and its reference. */
export const ChecklistItemSchema = z
  .object({
    item: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    received: z.boolean(),
    receivedOn: CalendarDateSchema.nullable(),
    /** File number, certificate number or where the paper is kept. */
    ref: z.string().max(MAX_NAME_LENGTH).default(''),
  })
  .strict();
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** A reference number the step produced: 审查批准文号, 备案号, 登记证号, 贷款合同号… */
export const StepRefSchema = z.object({ label: z.string().trim().min(1).max(MAX_NAME_LENGTH), value: z.string().trim().min(1).max(MAX_NAME_LENGTH) }).strict();
export type StepRef = z.infer<typeof StepRefSchema>;

export const CaseStepSchema = z
  .object({
    key: StepKeySchema,
    lane: LaneSchema,
    status: StepStatusSchema,
    responsible: z.string().default(''),
    dueDate: CalendarDateSchema.nullable(),
    /** The day the step was completed (done) or returned; null otherwise. */
    statusOn: CalendarDateSchema.nullable(),
    checklist: z.array(ChecklistItemSchema),
    refs: z.array(StepRefSchema),
    /** Why a step was returned or is not applicable; free notes otherwise. */
    note: z.string().default(''),
  })
  .strict();
export type CaseStep = z.infer<typeof CaseStepSchema>;

/** What a planner may change on a step; the status change is checked against the gates first. */
export const StepPatchSchema = z
  .object({
    status: StepStatusSchema,
    /** The date of the status change (completion, return); defaults to today. */
    statusOn: CalendarDateSchema,
    responsible: z.string().max(MAX_NAME_LENGTH),
    dueDate: CalendarDateSchema.nullable(),
    checklist: z.array(ChecklistItemSchema).max(100),
    refs: z.array(StepRefSchema).max(100),
    note: z.string().max(MAX_TEXT_LENGTH),
  })
  .partial()
  .strict()
  .refine((p) => p.status !== 'returned' || (p.note ?? '').trim() !== '', { message: '退回须写明原因', path: ['note'] });
export type StepPatch = z.infer<typeof StepPatchSchema>;
