import { z } from 'zod';
import { ContractDraftSchema } from '../../domain/contract/contract-draft';
import { ContractPolicySchema, PartyKindSchema } from '../../domain/contract/contract-facts';
import { ContractCorrectionSchema, ContractEventSchema, CorrectionReasonSchema } from '../../domain/contract/contract-correction';
import { ContractHistoryEntrySchema } from '../../domain/contract/contract-history';
import { ContractStatusSchema, ContractViewSchema } from '../../domain/contract/contract-view';
import { FindingSchema } from '../../domain/contract/rule';
import { ContractSummarySchema } from '../../store/contracts/contract-summary';
import { HouseholdHitSchema, HouseholdSummarySchema } from '../../store/contracts/households-repo';
import { NewPartySchema, PartySchema } from '../../store/contracts/parties-repo';
import { NewPaymentSchema, PaymentSchema } from '../../store/contracts/payments-repo';
import { DraftProposalSchema } from '../contracts/draft-defaults';
import { LedgerRowSchema } from '../contracts/ledger';
import { DueItemSchema } from '../contracts/rent-due';
import { Id } from '../schemas';
import { CalendarDateSchema } from '../../domain/calendar/calendar-date';
import { MAX_LIST_LENGTH, MAX_NAME_LENGTH, MAX_PATH_LENGTH, MAX_TEXT_LENGTH, MAX_YUAN_PER_UNIT } from '../../domain/input-limits';

/** Transfer contracts: parties, 甲方 lookup, drafting and checks, numbering and status, the ledger, rent. */

const SavedDraftSchema = z.object({ id: Id, findings: z.array(FindingSchema) });
/** A recorded correction: the contract as it now stands and the correction's row. */
const CorrectedSchema = z.object({ contract: ContractSummarySchema, correction: ContractCorrectionSchema });
/** Every correction names its reason; its date defaults to today and may not lie ahead. */
const CorrectionBySchema = { reason: CorrectionReasonSchema, on: CalendarDateSchema.optional() };
const SettingRowSchema = z.object({ key: z.string(), value: z.unknown(), effectiveFrom: z.string(), source: z.string() });

export const ContractSettingKeySchema = z.enum([
  'numberPattern',
  'defaultRentYuanPerMu',
  /** LT-12: the transferee kinds reviewed as social capital (value: a list of party kinds). */
  'socialCapitalKinds',
  'socialCapitalCountyTierMu',
  'riskFundThresholdMu',
  'registrationSuggestYears',
  'areaToleranceMu',
  /** LT-03: the signed second-round extension of one village (value: its end date, or null to withdraw). */
  'extendedEnd',
]);

export const contractMethods = {
  'parties.list': { input: z.object({ kind: PartyKindSchema.optional() }).strict(), output: z.array(PartySchema) },
  /** Refuses an invalid USCC (GB 32100) or citizen ID (GB 11643), naming the field. */
  'parties.create': { input: NewPartySchema, output: PartySchema },
  'households.search': {
    input: z.object({ query: z.string().trim().min(1).max(MAX_NAME_LENGTH), limit: z.number().int().min(1).max(500).default(50) }).strict(),
    output: z.array(HouseholdHitSchema),
  },
  /** The households holding the parcels, to become 甲方; parcels without a household are left out. */
  'households.ofParcels': {
    input: z.object({ parcelIds: z.array(Id).min(1).max(MAX_LIST_LENGTH) }).strict(),
    output: z.array(z.object({ household: HouseholdSummarySchema, parcelIds: z.array(Id) })),
  },
  'contracts.settings': {
    input: z.object({ asOf: CalendarDateSchema.optional() }).strict(),
    output: z.object({
      numberPattern: SettingRowSchema,
      defaultRentYuanPerMu: SettingRowSchema,
      policy: ContractPolicySchema,
      villages: z.array(z.object({ code: z.string(), name: z.string(), secondRoundEnd: z.string(), extendedEnd: z.string().nullable() })),
    }),
  },
  'contracts.putSetting': {
    input: z
      .object({
        key: ContractSettingKeySchema,
        villageCode: z.string().regex(/^\d{12}$/).optional(),
        /** A string, number or date per key; the list of party kinds for socialCapitalKinds. */
        value: z.union([z.string().max(MAX_TEXT_LENGTH), z.number().min(-MAX_YUAN_PER_UNIT).max(MAX_YUAN_PER_UNIT), z.null(), z.array(z.string().max(MAX_NAME_LENGTH)).max(100)]),
        effectiveFrom: CalendarDateSchema,
        source: z.string().trim().min(1).max(MAX_TEXT_LENGTH),
      })
      .strict(),
    output: SettingRowSchema,
  },
  /** A complete draft for the selected parcels, ready for the form. */
  'contracts.defaults': {
    input: z.object({ parcelIds: z.array(Id).min(1).max(MAX_LIST_LENGTH), transfereePartyId: Id.optional() }).strict(),
    output: DraftProposalSchema,
  },
  /** One contract with a schedule of all its households; saved even with error findings. */
  'contracts.createDraft': { input: z.object({ draft: ContractDraftSchema }).strict(), output: SavedDraftSchema },
  /** One draft per household, each with that household's parcels. */
  'contracts.createPerHousehold': { input: z.object({ draft: ContractDraftSchema }).strict(), output: z.object({ drafts: z.array(SavedDraftSchema) }) },
  'contracts.updateDraft': { input: z.object({ id: Id, draft: ContractDraftSchema }).strict(), output: SavedDraftSchema },
  'contracts.deleteDraft': { input: z.object({ id: Id }).strict(), output: z.object({ id: Id }) },
  /** A draft whose parcels were split or merged takes their successors (what LT-22 names), once the planner confirms. */
  'contracts.followLineage': { input: z.object({ id: Id }).strict(), output: SavedDraftSchema },
  /**
   * The findings for a draft as edited. With the id of the stored contract it is an edit of, a parcel that
   * has since left the layer is shown as LT-22 finds it rather than refused.
   */
  'contracts.check': {
    input: z.object({ draft: ContractDraftSchema, asOf: CalendarDateSchema.optional(), id: Id.optional() }).strict(),
    output: z.object({ findings: z.array(FindingSchema) }),
  },
  'contracts.get': { input: z.object({ id: Id }).strict(), output: ContractViewSchema },
  'contracts.list': {
    input: z.object({ status: ContractStatusSchema.optional(), transfereePartyId: Id.optional(), villageCode: z.string().regex(/^\d{12}$/).optional() }).strict(),
    output: z.array(ContractSummarySchema),
  },
  /** Assigns the next number of the contract's scope; refused while any error finding stands. */
  'contracts.number': { input: z.object({ id: Id, on: CalendarDateSchema.optional() }).strict(), output: ContractSummarySchema },
  'contracts.setStatus': {
    input: z.object({ id: Id, status: z.enum(['filed', 'active', 'terminated']), date: CalendarDateSchema, reason: z.string().trim().min(1).max(MAX_TEXT_LENGTH).optional() }).strict(),
    output: ContractSummarySchema,
  },
  /** The number `contracts.number` would give the draft on `on` (default today), taking nothing; refused as numbering would be. */
  'contracts.numberPreview': { input: z.object({ id: Id, on: CalendarDateSchema.optional() }).strict(), output: z.object({ number: z.string(), on: CalendarDateSchema }) },
  /** 撤销编号: only while numbered and not yet filed; the contract returns to draft and `number` is retired for good. */
  'contracts.revokeNumber': { input: z.object({ id: Id, number: z.string().trim().min(1), ...CorrectionBySchema }).strict(), output: CorrectedSchema },
  /** 更正: takes back a filing, taking effect or termination (`from`, the status it has now) to the status before. */
  'contracts.correctStatus': { input: z.object({ id: Id, from: z.enum(['filed', 'active', 'terminated']), ...CorrectionBySchema }).strict(), output: CorrectedSchema },
  /** 更正日期: the date of a recorded event, kept in order with the other events. */
  'contracts.correctDate': { input: z.object({ id: Id, event: ContractEventSchema, date: CalendarDateSchema, ...CorrectionBySchema }).strict(), output: CorrectedSchema },
  /** Numbered, filed, in force, terminated, and every correction, the undone events kept (a revoked number stays visible). */
  'contracts.history': { input: z.object({ id: Id }).strict(), output: z.array(ContractHistoryEntrySchema) },
  'contracts.expiring': {
    input: z.object({ months: z.number().int().min(0).max(600), asOf: CalendarDateSchema }).strict(),
    output: z.array(ContractSummarySchema),
  },
  'ledger.list': { input: z.object({ townCode: z.string().regex(/^\d{3}$|^\d{9}$/).optional() }).strict(), output: z.array(LedgerRowSchema) },
  'ledger.export': {
    input: z.object({ out: z.string().min(1).max(MAX_PATH_LENGTH), overwrite: z.boolean().default(false), townCode: z.string().regex(/^\d{3}$|^\d{9}$/).optional() }).strict(),
    output: z.object({ file: z.string(), rows: z.number().int() }),
  },
  'payments.record': { input: NewPaymentSchema, output: PaymentSchema },
  'payments.due': { input: z.object({ contractId: Id.optional(), asOf: CalendarDateSchema.optional() }).strict(), output: z.array(DueItemSchema) },
  'payments.overdue': { input: z.object({ asOf: CalendarDateSchema }).strict(), output: z.array(DueItemSchema) },
} as const;
