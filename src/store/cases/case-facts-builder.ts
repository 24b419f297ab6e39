import type Database from 'better-sqlite3';
import type { CaseContract, CaseFacts, CasePolicy } from '../../domain/case/case-facts';
import { initialSteps } from '../../domain/case/step-applicability';
import type { ContractStatus, ScheduleItem } from '../../domain/contract/contract-view';
import { isSocialCapital } from '../../domain/contract/rules/facts-lookup';
import { overdue, type RecordedPayment } from '../../domain/contract/schedule';
import type { PartyKind } from '../../domain/contract/contract-facts';
import { contractPolicyAt, extendedEndAt } from '../contracts/contract-settings';
import type { ContractRecord } from '../contracts/contracts-repo';
import type { HouseholdSummary } from '../contracts/households-repo';
import type { Party } from '../contracts/parties-repo';
import { casePolicyAt } from './case-policy-repo';
import type { CaseRows } from './case-rows';
import { mergeSteps } from './case-steps-repo';

/**
 * A stored contract as the contract module resolves it, reduced to what the case reads: from the
 * contract screens' view for one case, or resolved in bulk for the board (the same values either way).
 */
export interface CaseSource {
  record: ContractRecord;
  status: ContractStatus;
  transferee: Party;
  /** The transferor households in the draft's order. */
  households: readonly HouseholdSummary[];
  /** In the draft's order, at the leased area. */
  parcels: CaseContract['parcels'];
  annualRentYuan: number;
  /** The rent schedule; may be left empty for a contract that owes no rent (see OWES_RENT). */
  schedule: readonly ScheduleItem[];
  payments: readonly RecordedPayment[];
}

/** What every case read on one day shares: the policy in force and the villages' signed extensions. */
export interface CaseDay {
  asOf: string;
  policy: CasePolicy;
  /** LT-12's list in force: the transferee kinds reviewed as social capital. */
  socialCapitalKinds: readonly PartyKind[];
  extendedEnd(villageCode: string): string | null;
}

/** The day's shared reads, each village's extension read once however many cases it has. */
export function caseDay(db: Database.Database, asOf: string): CaseDay {
  const ends = new Map<string, string | null>();
  return {
    asOf,
    policy: casePolicyAt(db, asOf),
    socialCapitalKinds: contractPolicyAt(db, asOf).socialCapitalKinds.value,
    extendedEnd(villageCode) {
      if (!ends.has(villageCode)) ends.set(villageCode, extendedEndAt(db, villageCode, asOf));
      return ends.get(villageCode)!;
    },
  };
}

const NEVER = '9999-12-31';
/** Drafts owe nothing yet and a terminated contract nothing more; one past its end may still owe arrears. */
export const OWES_RENT: ReadonlySet<ContractStatus> = new Set(['numbered', 'filed', 'active', 'expired']);

/** The contract as the case needs it. */
export function caseContract(source: CaseSource, day: CaseDay): CaseContract {
  const { record, status, transferee, households, parcels } = source;
  const { draft } = record;
  // overdue() far in the future lists every item not paid in full, with what is still outstanding.
  const open = OWES_RENT.has(status) ? overdue(source.schedule, source.payments, NEVER) : [];
  return {
    id: record.id,
    number: record.number,
    status,
    mode: draft.mode,
    transfereeName: transferee.name,
    socialCapital: isSocialCapital({ ...transferee, partyId: transferee.id }, day.socialCapitalKinds),
    socialCapitalReview: draft.socialCapitalReview,
    agent: draft.agent !== null,
    town: households[0]?.townName ?? '',
    village: [...new Set(households.map((h) => h.villageName))].join('、'),
    villageCode: households[0]?.villageCode ?? '',
    areaM2: parcels.reduce((s, p) => s + p.areaM2, 0),
    annualRentYuan: source.annualRentYuan,
    startDate: draft.startDate,
    endDate: draft.endDate,
    signedOn: draft.signedOn,
    numberedOn: record.numberedAt?.slice(0, 10) ?? null,
    filedOn: record.filedOn,
    activeOn: record.activeOn,
    terminatedOn: record.terminatedOn,
    filingDays: draft.filingDays,
    allowsCollateral: draft.consents.collateral,
    allowsRetransfer: draft.consents.retransfer,
    transferors: households.map((h) => ({
      householdId: h.id,
      name: h.headName,
      // LT-03: the signed extension where the village has one, else the second round's end; for a household
      // the project no longer holds (a bad file), the contract's own end stands in so the case still reads.
      rightEndDate: (h.villageCode ? day.extendedEnd(h.villageCode) : null) ?? (h.secondRoundEnd || h.contractEnd || draft.endDate),
    })),
    parcels,
    rentDue: open
      .map((o) => ({ dueDate: o.item.dueDate, householdId: o.item.householdId, amountYuan: o.outstandingYuan }))
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.householdId - b.householdId)),
    rentPaidYearly: draft.payment.mode === 'annual',
  };
}

/**
 * Everything the pure case functions read about one case on the day: the contract, the records, the
 * policy in force, and the steps — stored ones as the planner left them, the rest from the catalogue.
 */
export function buildCaseFacts(source: CaseSource, rows: CaseRows, day: CaseDay): CaseFacts {
  const { steps, ...records } = rows;
  const base: Omit<CaseFacts, 'steps'> = { asOf: day.asOf, contract: caseContract(source, day), ...records, policy: day.policy };
  return { ...base, steps: mergeSteps(steps, initialSteps(base)) };
}
