import type { CaseFacts } from '../../domain/case/case-facts';
import type { CaseStep, StepPatch } from '../../domain/case/case-step';
import { buildCaseView } from '../../domain/case/case-view-builder';
import type { CaseView } from '../../domain/case/case-view';
import { refuseBlockedStep } from '../../domain/case/gate-check';
import { refuseIncompleteStep } from '../../domain/case/step-requirements';
import { CONTRACT_EVENT_LABEL } from '../../domain/contract/contract-correction';
import { stepDefinition, type StepDefinition, type StepKey } from '../../domain/case/step-catalogue';
import { getRecord, removeRecord, saveRecord, type CaseRecordOf, type RecordKind } from '../../store/cases/case-records-repo';
import { writeSteps } from '../../store/cases/case-steps-repo';
import { ContractError } from '../../store/contracts/contract-error';
import { assignNumberIn, setContractStatusIn } from '../../store/contracts/contracts-repo';
import type { Project, WriteScope } from '../../store/project';
import { numberPlan } from '../contracts/number-contract';
import { caseFactsOf } from './case-facts';
import { checkRecord } from './check-record';

/**
 * The writes of a case. Each is one transaction with its audit rows: the steps are stored (from the
 * catalogue on the case's first write), the change is made, and the steps whose status is the
 * catalogue's are re-derived from the case as it now stands (a saved mortgage makes the bank steps 待办).
 */
export function writeCase(project: Project, contractId: number, asOf: string, actor: string, change: (scope: WriteScope, facts: CaseFacts) => void): CaseView {
  return project.write(actor, (scope) => {
    const before = caseFactsOf(project, contractId, asOf);
    writeSteps(scope.db, scope.now, contractId, before.steps);
    change(scope, before);
    const after = caseFactsOf(project, contractId, asOf);
    writeSteps(scope.db, scope.now, contractId, after.steps);
    return buildCaseView(after);
  });
}

/**
 * A step that stands for a contract status moves the contract when it is completed, in the same
 * transaction (numbering refuses a draft with error findings). Once the contract has moved, the step is
 * taken back only with the contract, by a recorded correction of it, so the case and the contract never
 * disagree.
 */
function moveContract(scope: WriteScope, project: Project, facts: CaseFacts, def: StepDefinition, from: CaseStep['status'], to: CaseStep['status'], on: string): boolean {
  const target = def.contractStatus;
  if (!target) return false;
  const c = facts.contract;
  const reached = { numbered: c.numberedOn, filed: c.filedOn, active: c.activeOn }[target] !== null;
  if (to === 'done' && !reached) {
    if (target === 'numbered') assignNumberIn(scope, project, c.id, on, numberPlan(project, on));
    else setContractStatusIn(scope, project, c.id, target, on, null);
    return true;
  }
  if (from === 'done' && to !== 'done' && reached) {
    const how = target === 'numbered' ? '撤销编号' : `更正${CONTRACT_EVENT_LABEL[target]}`;
    throw new ContractError('refused', `合同 ${c.number ?? c.id} 已${CONTRACT_EVENT_LABEL[target]}，“${def.title}”只能通过合同的${how}（记录原因）撤回`, 'patch.status');
  }
  return false;
}

/**
 * Changes one step inside a case write; a status change is checked against the gates first (refused
 * naming the gate). Returns the facts as they now stand, so several steps can follow in one write.
 */
export function applyStep(scope: WriteScope, project: Project, facts: CaseFacts, key: StepKey, patch: StepPatch, today: string): CaseFacts {
  const current = facts.steps.find((s) => s.key === key)!;
  const def = stepDefinition(key);
  const { status: to = current.status, statusOn, ...rest } = patch;
  const changes = to !== current.status;
  if (changes) {
    const reason = refuseBlockedStep(buildCaseView(facts), key, to);
    if (reason) throw new ContractError('refused', reason, 'patch.status');
  }
  const on = statusOn ?? today;
  const dated = to === 'done' || to === 'returned';
  const next: CaseStep = { ...current, ...rest, status: to, statusOn: changes || statusOn ? (dated ? on : null) : current.statusOn };
  // Papers and the responsible person are checked before the contract moves.
  const incomplete = changes && to === 'done' ? refuseIncompleteStep(next) : null;
  if (incomplete) throw new ContractError('refused', incomplete.message, 'patch', incomplete.issues);
  const moved = changes && moveContract(scope, project, facts, def, current.status, to, on);
  const id = facts.contract.id;
  writeSteps(scope.db, scope.now, id, [next], new Set(patch.status === undefined ? [] : [key]));
  scope.audit({ action: 'update', entity: 'case_step', entityId: `${id}:${key}`, before: current, after: next });
  return moved ? caseFactsOf(project, id, facts.asOf) : { ...facts, steps: facts.steps.map((s) => (s.key === key ? next : s)) };
}

export const updateStep = (project: Project, contractId: number, key: StepKey, patch: StepPatch, today: string, actor: string): CaseView =>
  writeCase(project, contractId, today, actor, (scope, facts) => void applyStep(scope, project, facts, key, patch, today));

/** Saves a record inside a case write: checked against the case first, inserted when its id is null. */
export function applyRecord<K extends RecordKind>({ db, now, audit }: WriteScope, facts: CaseFacts, kind: K, record: CaseRecordOf<K>): void {
  checkRecord(kind, record, facts);
  const contractId = facts.contract.id;
  const before = record.id === null ? null : getRecord(db, kind, contractId, record.id);
  const id = saveRecord(db, now, kind, contractId, record);
  audit({ action: before ? 'update' : 'create', entity: `case_${kind}`, entityId: String(id), before, after: { ...record, id } });
}

/** Saves a record by id (null inserts it); its references are checked against the case first. */
export const saveCaseRecord = <K extends RecordKind>(project: Project, contractId: number, kind: K, record: CaseRecordOf<K>, today: string, actor: string): CaseView =>
  writeCase(project, contractId, today, actor, (scope, facts) => applyRecord(scope, facts, kind, record));

export function removeCaseRecord(project: Project, contractId: number, kind: RecordKind, id: number, today: string, actor: string): CaseView {
  return writeCase(project, contractId, today, actor, ({ db, audit }) => {
    const before = removeRecord(db, kind, contractId, id);
    audit({ action: 'delete', entity: `case_${kind}`, entityId: String(id), before });
  });
}
