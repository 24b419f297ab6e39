import type { MethodInput } from '../../src/api/contract';
import type { ContractStatus } from '../../src/domain/contract/contract-view';

/** The statuses a planner sets by hand ('contracts.setStatus'). */
export type SettableStatus = MethodInput<'contracts.setStatus'>['status'];

/**
 * Where a contract may go next by the planner's hand (domain.md B.5): numbering is its own action with
 * the legal checks as a gate, and 'expired' follows from the end date, so neither is offered here.
 */
const NEXT: Record<ContractStatus, SettableStatus[]> = {
  draft: [],
  numbered: ['filed', 'terminated'],
  filed: ['active', 'terminated'],
  active: ['terminated'],
  expired: [],
  terminated: [],
};

export const nextStatuses = (status: ContractStatus): readonly SettableStatus[] => NEXT[status];

