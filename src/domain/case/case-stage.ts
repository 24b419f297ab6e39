import type { CaseFacts } from './case-facts';
import type { CaseStage } from './case-view';
import { isClosed, reviewPending, signedOn } from './rules/case-lookup';

/**
 * Where a case stands, read from the contract status first (it moves only through the steps that stand
 * for it) and then from the steps, latest stage first so a case is never placed behind what it has done:
 *   closed   — the contract expired or was terminated;
 *   active   — the contract is in force;
 *   ledger   — filed with the 发包方, until it takes effect (township ledger and archive, then delivery);
 *   filing   — numbered and signed, not yet filed;
 *   review   — social capital whose review is not done, not yet signed (SC-01 holds the signing);
 *   signing  — numbered and awaiting signatures, or signed before numbering (审核签约 both ways);
 *   drafting — a draft with no review pending.
 * A case signed before its review stays at filing or signing; SC-01 reports the fault instead.
 */
export function caseStage(facts: CaseFacts): CaseStage {
  const { status } = facts.contract;
  if (isClosed(facts)) return 'closed';
  if (status === 'active') return 'active';
  if (status === 'filed') return 'ledger';
  const signed = signedOn(facts) !== null;
  if (status === 'numbered' && signed) return 'filing';
  if (!signed && reviewPending(facts)) return 'review';
  if (status === 'numbered' || signed) return 'signing';
  return 'drafting';
}
