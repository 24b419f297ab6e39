import type { ContractCorrection, ContractEvent } from '../../domain/contract/contract-correction';
import { contractHistory, type ContractHistoryEntry } from '../../domain/contract/contract-history';
import { STEP_CATALOGUE } from '../../domain/case/step-catalogue';
import { storedSteps, writeSteps } from '../../store/cases/case-steps-repo';
import { correctDateIn, correctionsOf, correctStatusIn, eventDates, revokeNumberIn, type CorrectionBy } from '../../store/contracts/corrections-repo';
import { requireContract } from '../../store/contracts/contracts-repo';
import type { Project, WriteScope } from '../../store/project';

/**
 * The recorded corrections as the API makes them: the contract, the correction's row, and the case step
 * that stands for the corrected event, in one transaction with their audit rows. A step the planner
 * completed (numbering, filing, delivery) goes back to 进行中 with its papers kept, or follows a corrected
 * date; a step the case derived from the contract follows the contract by itself.
 */

export type Correction =
  | { kind: 'revoke_number'; number: string }
  | { kind: 'status'; from: 'filed' | 'active' | 'terminated' }
  | { kind: 'date'; event: ContractEvent; date: string };

function followStep({ db, now, audit }: WriteScope, c: ContractCorrection): void {
  const def = STEP_CATALOGUE.find((d) => d.contractStatus === c.event);
  const stored = def && storedSteps(db, c.contractId).find((s) => s.step.key === def.key);
  if (!stored || !stored.byHand || stored.step.status !== 'done') return;
  const before = stored.step;
  const next = c.kind === 'date' ? { ...before, statusOn: before.statusOn === c.eventDateBefore ? c.eventDateAfter : before.statusOn } : { ...before, status: 'in_progress' as const, statusOn: null };
  if (JSON.stringify(next) === JSON.stringify(before)) return;
  writeSteps(db, now, c.contractId, [next]);
  audit({ action: 'update', entity: 'case_step', entityId: `${c.contractId}:${before.key}`, before, after: { ...next, correctionId: c.id } });
}

export function correctContract(project: Project, id: number, correction: Correction, by: CorrectionBy): ContractCorrection {
  return project.write(by.actor, (scope) => {
    const recorded =
      correction.kind === 'revoke_number'
        ? revokeNumberIn(scope, project, id, correction.number, by)
        : correction.kind === 'status'
          ? correctStatusIn(scope, project, id, correction.from, by)
          : correctDateIn(scope, project, id, correction.event, correction.date, by);
    followStep(scope, recorded);
    return recorded;
  });
}

/** The contract's history: its events as they stand, the ones corrections undid, and the corrections. */
export function historyOf(project: Project, id: number): ContractHistoryEntry[] {
  const record = requireContract(project, id);
  return contractHistory(record.number, eventDates(record), correctionsOf(project.db, id));
}
