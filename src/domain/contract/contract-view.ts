import { z } from 'zod';
import { ContractDraftSchema, FourBoundariesSchema } from './contract-draft';
import { PartyKindSchema } from './contract-facts';
import { ContractAmendmentSchema } from './contract-amendment';
import { FindingSchema } from './rule';

/**
 * A contract fully resolved for the screen and for print: parties, the parcel table (A.4 columns), the
 * rent per household and the payment schedule, the findings of the legal checks, and the number and
 * data fingerprint every printed page carries. Documents are rendered from this alone.
 */

export const ContractStatusSchema = z.enum(['draft', 'numbered', 'filed', 'active', 'expired', 'terminated']);
export type ContractStatus = z.infer<typeof ContractStatusSchema>;
/** How core messages name a status. */
export const CONTRACT_STATUS_LABEL: Record<ContractStatus, string> = {
  draft: '草稿',
  numbered: '已编号',
  filed: '已备案',
  active: '履行中',
  expired: '已到期',
  terminated: '已终止',
};

export const ContractPartySchema = z.object({
  partyId: z.number().int().nullable(),
  householdId: z.number().int().nullable(),
  kind: PartyKindSchema,
  name: z.string(),
  /** USCC for organisations, GB 11643 ID for natural persons and household heads. */
  uscc: z.string().nullable(),
  idNumber: z.string().nullable(),
  representative: z.string().nullable(),
  address: z.string(),
  phone: z.string().nullable(),
});
export type ContractParty = z.infer<typeof ContractPartySchema>;

export const ParcelRowSchema = z.object({
  seq: z.number().int().positive(),
  parcelId: z.number().int(),
  householdId: z.number().int().nullable(),
  villageGroup: z.string(),
  name: z.string(),
  code: z.string(),
  boundaries: FourBoundariesSchema,
  /** Leased area, m² (printed in 亩, 2 decimals; totals summed before rounding). */
  areaM2: z.number(),
  qualityGrade: z.number().int().nullable(),
  landClassCode: z.string(),
  landClassName: z.string(),
  contractCode: z.string(),
  remark: z.string(),
});
export type ParcelRow = z.infer<typeof ParcelRowSchema>;

export const ScheduleItemSchema = z.object({
  /** 1 for the first contract year. */
  year: z.number().int().positive(),
  dueDate: z.string(),
  householdId: z.number().int(),
  amountYuan: z.number(),
  /** The rent of this payment is an estimate (grain price after a reset not yet known). */
  estimated: z.boolean(),
});
export type ScheduleItem = z.infer<typeof ScheduleItemSchema>;

export const ContractViewSchema = z.object({
  id: z.number().int(),
  number: z.string().nullable(),
  status: ContractStatusSchema,
  draft: ContractDraftSchema,
  county: z.string(),
  town: z.string(),
  village: z.string(),
  transferors: z.array(
    ContractPartySchema.extend({
      householdCode: z.string(),
      contractCode: z.string(),
      areaM2: z.number(),
      annualRentYuan: z.number(),
    }),
  ),
  transferee: ContractPartySchema,
  parcelRows: z.array(ParcelRowSchema),
  totals: z.object({ areaM2: z.number(), annualRentYuan: z.number(), termRentYuan: z.number() }),
  schedule: z.array(ScheduleItemSchema),
  findings: z.array(FindingSchema),
  /** Recorded amendments (变更) of the contract, oldest first. */
  amendments: z.array(ContractAmendmentSchema),
  /** Short hash of the contract's data, printed on every page to match paper to record. */
  fingerprint: z.string(),
  updatedAt: z.string(),
});
export type ContractView = z.infer<typeof ContractViewSchema>;
