import { ledgerRuleIn, type LedgerInvariantId } from '../../src/domain/linkage/quota-ledger/ledger-invariants';
import { ApiCallError } from '../api/client';
import type { EventField } from './ledger-event-form';

/** A ledger event the core refused: the invariant it names, and the form field to correct, if any. */
export interface LedgerRefusal {
  invariant: LedgerInvariantId;
  field: EventField | null;
}

/** Event fields in m² are typed in 亩; every other field of the event is a field of the form by the same name. */
const FORM_FIELD: Record<string, EventField> = { areaM2: 'areaMu', cultivatedM2: 'cultivatedMu' };

/** What a failed `linkage.quota.record` says about the ledger's rules, or null for any other failure. */
export function ledgerRefusal(error: unknown): LedgerRefusal | null {
  if (!(error instanceof ApiCallError) || error.code !== 'refused') return null;
  const invariant = ledgerRuleIn(error.reason);
  if (!invariant) return null;
  const path = error.issues[0]?.path ?? '';
  const eventField = path.startsWith('event.') ? path.slice('event.'.length) : null;
  return { invariant, field: eventField ? (FORM_FIELD[eventField] ?? (eventField as EventField)) : null };
}
