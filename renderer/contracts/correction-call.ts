import { call } from '../api/client';
import type { ContractEvent } from '../../src/domain/contract/contract-correction';
import type { CorrectionInput } from './ConfirmDialog';

/**
 * Takes back the contract's last event by a recorded correction: a numbering is revoked (its number
 * retired), a filing, taking effect or termination is corrected back to the status before.
 */
export function takeBack(contract: { id: number; number: string | null }, event: ContractEvent, { reason, on }: CorrectionInput) {
  return event === 'numbered'
    ? call('contracts.revokeNumber', { id: contract.id, number: contract.number ?? '', reason, on })
    : call('contracts.correctStatus', { id: contract.id, from: event, reason, on });
}
