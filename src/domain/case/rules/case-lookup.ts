import { roundHalfUp } from '../../units';
import type { CaseFacts } from '../case-facts';
import type { Mortgage } from '../case-records';
import type { CaseStep } from '../case-step';
import type { StepKey } from '../step-catalogue';
import { formatYuan } from '../../contract/capital-numerals';

/** Lookups over the case facts that the gates, the stage, the deadlines and the timeline share. */

const stepOf = (steps: readonly CaseStep[], key: StepKey): CaseStep | undefined => steps.find((s) => s.key === key);

export const isDone = (facts: Pick<CaseFacts, 'steps'>, key: StepKey): boolean => stepOf(facts.steps, key)?.status === 'done';

/** The signing date: the contract's, else the day the signing step was completed; null while unsigned. */
export function signedOn(facts: Pick<CaseFacts, 'contract' | 'steps'>): string | null {
  if (facts.contract.signedOn !== null) return facts.contract.signedOn;
  const step = stepOf(facts.steps, 'transferee.signing');
  return step?.status === 'done' ? step.statusOn : null;
}

/** Filed with the 发包方: the contract carries the filing date, or the filing step is done. */
export const isFiled = (facts: Pick<CaseFacts, 'contract' | 'steps'>): boolean =>
  facts.contract.filedOn !== null || ['filed', 'active', 'expired', 'terminated'].includes(facts.contract.status) || isDone(facts, 'bureau.filing');

export const isClosed = (facts: Pick<CaseFacts, 'contract'>): boolean => facts.contract.status === 'expired' || facts.contract.status === 'terminated';

/** The social-capital review is done when its step is completed (the approval itself is SC-01's concern). */
export const reviewPending = (facts: Pick<CaseFacts, 'contract' | 'steps'>): boolean =>
  facts.contract.socialCapital && !isDone(facts, 'bureau.socialCapitalReview');

/**
 * Mortgages the gates and deadlines follow, with their index in `facts.mortgages` for field paths. Only a
 * loan in force is gated: a repaid, defaulted or disposed one is history the steps can no longer change.
 */
export const activeMortgages = (facts: Pick<CaseFacts, 'mortgages'>): { mortgage: Mortgage; index: number }[] =>
  facts.mortgages.flatMap((mortgage, index) => (mortgage.status === 'active' ? [{ mortgage, index }] : []));

export const mortgageLabel = (m: Mortgage): string => `${m.bank}贷款（合同号 ${m.loanNo}）`;

export function householdName(facts: Pick<CaseFacts, 'contract'>, householdId: number): string {
  const t = facts.contract.transferors.find((x) => x.householdId === householdId);
  return t ? `承包户“${t.name}”` : `承包户 #${householdId}`;
}

export const yuan = (value: number): string => `${formatYuan(value)} 元`;
export const percent = (fraction: number): string => `${roundHalfUp(fraction * 100, 2)}%`;

/** A local policy figure with where it comes from, as every finding that relies on one must show. */
export const citePolicy = (value: { effectiveFrom: string; source: string }): string => `依据：${value.source}，自 ${value.effectiveFrom} 起施行`;
