import type { CaseContract, CaseFacts } from '../../domain/case/case-facts';
import { initialSteps } from '../../domain/case/step-applicability';
import type { ContractView } from '../../domain/contract/contract-view';
import { isSocialCapital } from '../../domain/contract/rules/facts-lookup';
import { overdue, type RecordedPayment } from '../../domain/contract/schedule';
import { extendedEndAt } from '../contracts/contract-settings';
import type { ContractRecord } from '../contracts/contracts-repo';
import { householdsByIds } from '../contracts/households-repo';
import { getParty } from '../contracts/parties-repo';
import type { Project } from '../project';
import { casePolicyAt } from './case-policy-repo';
import { listRecords } from './case-records-repo';
import { mergeSteps, storedSteps } from './case-steps-repo';

/** A stored contract with its resolved view (parties, parcel rows, schedule) and its recorded rent payments. */
export interface CaseSource {
  record: ContractRecord;
  view: ContractView;
  payments: readonly RecordedPayment[];
}

const NEVER = '9999-12-31';
/** Drafts owe nothing yet and a terminated contract nothing more; one past its end may still owe arrears. */
const OWES_RENT: ReadonlySet<ContractView['status']> = new Set(['numbered', 'filed', 'active', 'expired']);

/** The contract as the case needs it; the view supplies what the contract module resolved (areas, rent, places). */
export function caseContract(project: Project, { record, view, payments }: CaseSource, asOf: string): CaseContract {
  const { draft } = record;
  const households = householdsByIds(project, draft.transferorHouseholdIds);
  const party = getParty(project, draft.transfereePartyId);
  // overdue() far in the future lists every item not paid in full, with what is still outstanding.
  const open = overdue(view.schedule, payments, NEVER);
  return {
    id: record.id,
    number: record.number,
    status: view.status,
    mode: draft.mode,
    transfereeName: view.transferee.name,
    socialCapital: party ? isSocialCapital({ ...view.transferee, partyId: party.id, collectiveMember: party.collectiveMember }) : false,
    socialCapitalReview: draft.socialCapitalReview,
    agent: draft.agent !== null,
    town: view.town,
    village: view.village,
    villageCode: households[0]?.villageCode ?? '',
    areaM2: view.totals.areaM2,
    annualRentYuan: view.totals.annualRentYuan,
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
      // LT-03: the signed extension where the village has one, else the second round's end.
      rightEndDate: extendedEndAt(project.db, h.villageCode, asOf) ?? (h.secondRoundEnd || h.contractEnd),
    })),
    parcels: view.parcelRows.map((p) => ({ parcelId: p.parcelId, code: p.code, householdId: p.householdId, areaM2: p.areaM2 })),
    rentDue: (OWES_RENT.has(view.status) ? open : [])
      .map((o) => ({ dueDate: o.item.dueDate, householdId: o.item.householdId, amountYuan: o.outstandingYuan }))
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.householdId - b.householdId)),
    rentPaidYearly: draft.payment.mode === 'annual',
  };
}

/**
 * Everything the pure case functions read about one case on `asOf`: the contract, the records, the
 * policy in force, and the steps — stored ones as the planner left them, the rest from the catalogue.
 */
export function buildCaseFacts(project: Project, source: CaseSource, asOf: string): CaseFacts {
  const db = project.db;
  const id = source.record.id;
  const base: Omit<CaseFacts, 'steps'> = {
    asOf,
    contract: caseContract(project, source, asOf),
    mortgages: listRecords(db, 'mortgage', id),
    insurances: listRecords(db, 'insurance', id),
    trusteeships: listRecords(db, 'trusteeship', id),
    consents: listRecords(db, 'consent', id),
    policy: casePolicyAt(db, asOf),
  };
  return { ...base, steps: mergeSteps(storedSteps(db, id), initialSteps(base)) };
}
