import type { CaseFacts } from '../../domain/case/case-facts';
import { buildCaseView } from '../../domain/case/case-view-builder';
import type { CaseView } from '../../domain/case/case-view';
import { buildCaseFacts, caseDay, type CaseSource } from '../../store/cases/case-facts-builder';
import { allCaseRows, caseRowsOf } from '../../store/cases/case-rows';
import { listContracts, requireContract, type ContractFilter, type ContractRecord } from '../../store/contracts/contracts-repo';
import { householdsByIds } from '../../store/contracts/households-repo';
import { getParty } from '../../store/contracts/parties-repo';
import { paymentsOf } from '../../store/contracts/payments-repo';
import type { Project } from '../../store/project';
import { buildContractView } from '../contracts/contract-view-builder';
import { missingHousehold, missingParty } from '../contracts/resolve-contract';
import { caseSources } from './case-sources';

/**
 * One case read from the project: the contract resolved exactly as the contract screens resolve it
 * (refused as they refuse it), then the case facts. Reads and writes of a single case go this way.
 */
export function caseFactsFor(project: Project, record: ContractRecord, asOf: string): CaseFacts {
  const view = buildContractView(project, record, asOf);
  const source: CaseSource = {
    record,
    status: view.status,
    transferee: getParty(project, record.draft.transfereePartyId) ?? missingParty(record.draft.transfereePartyId),
    households: ((found) => record.draft.transferorHouseholdIds.map((id) => found.find((h) => h.id === id) ?? missingHousehold(id)))(
      householdsByIds(project, record.draft.transferorHouseholdIds),
    ),
    parcels: view.parcelRows.map((p) => ({ parcelId: p.parcelId, code: p.code, householdId: p.householdId, areaM2: p.areaM2 })),
    annualRentYuan: view.totals.annualRentYuan,
    schedule: view.schedule,
    payments: paymentsOf(project, record.id),
  };
  return buildCaseFacts(source, caseRowsOf(project.db, record.id), caseDay(project.db, asOf));
}

/** Refused as not found when the project has no such contract. */
export const caseFactsOf = (project: Project, contractId: number, asOf: string): CaseFacts => caseFactsFor(project, requireContract(project, contractId), asOf);

export const caseViewOf = (project: Project, contractId: number, asOf: string): CaseView => buildCaseView(caseFactsOf(project, contractId, asOf));

export interface CaseListFilter extends ContractFilter {
  /** The township's name, as the board shows it (the first transferor's). */
  town?: string;
}

/** A case the board could not build, named so the planner can open its contract; the other cases still show. */
export interface UnreadableCase {
  contractId: number;
  number: string | null;
  message: string;
}

/**
 * Every case (every contract, drafts included) matching the filter as it stands on `asOf`, for the board,
 * the 待办 list and the counts: a handful of reads for all cases instead of a dozen per case. A case that
 * cannot be built is listed in `unreadable` instead of failing the others.
 */
export function caseViews(project: Project, asOf: string, { town, ...filter }: CaseListFilter = {}): { views: CaseView[]; unreadable: UnreadableCase[] } {
  const records = listContracts(project, filter);
  const sources = caseSources(project, records, asOf);
  const rowsOf = allCaseRows(project.db);
  const day = caseDay(project.db, asOf);
  const unreadable: UnreadableCase[] = [];
  const views = records.flatMap((record) => {
    const source = sources.get(record.id);
    if (town && source && (source.households[0]?.townName ?? '') !== town) return [];
    try {
      // A contract that does not resolve in bulk is read one by one, which shows what is missing as retired.
      const facts = source ? buildCaseFacts(source, rowsOf(record.id), day) : caseFactsFor(project, record, asOf);
      return !town || facts.contract.town === town ? [buildCaseView(facts)] : [];
    } catch (err) {
      unreadable.push({ contractId: record.id, number: record.number, message: err instanceof Error ? err.message : String(err) });
      return [];
    }
  });
  return { views, unreadable };
}
