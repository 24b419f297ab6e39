import type { CaseFacts } from '../../domain/case/case-facts';
import { buildCaseView } from '../../domain/case/case-view-builder';
import type { CaseView } from '../../domain/case/case-view';
import { buildCaseFacts } from '../../store/cases/case-facts-builder';
import { listContracts, requireContract, type ContractFilter, type ContractRecord } from '../../store/contracts/contracts-repo';
import { paymentsOf } from '../../store/contracts/payments-repo';
import type { Project } from '../../store/project';
import { buildContractView } from '../contracts/contract-view-builder';

/** A case read from the project: the contract resolved as the contract screens resolve it, then the case facts. */

export function caseFactsFor(project: Project, record: ContractRecord, asOf: string): CaseFacts {
  const view = buildContractView(project, record, asOf);
  return buildCaseFacts(project, { record, view, payments: paymentsOf(project, record.id) }, asOf);
}

/** Refused as not found when the project has no such contract. */
export const caseFactsOf = (project: Project, contractId: number, asOf: string): CaseFacts => caseFactsFor(project, requireContract(project, contractId), asOf);

export const caseViewOf = (project: Project, contractId: number, asOf: string): CaseView => buildCaseView(caseFactsOf(project, contractId, asOf));

/** Every case (every contract, drafts included) as it stands on `asOf`. */
export const caseViews = (project: Project, asOf: string, filter: ContractFilter = {}): CaseView[] =>
  listContracts(project, filter).map((record) => buildCaseView(caseFactsFor(project, record, asOf)));
