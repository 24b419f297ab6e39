import type { CaseFacts } from '../case-facts';
import type { GateFinding } from '../case-view';
import { lm01LoanTerm } from './lm-01-loan-term';
import { lm02MortgageConsent } from './lm-02-mortgage-consent';
import { lm03Ltv } from './lm-03-ltv';
import { lm04Registration } from './lm-04-registration';
import type { GateRule } from './rule';
import { sc01SocialCapitalReview } from './sc-01-social-capital-review';

/** The gates of the case board, in their order. */
export const GATE_RULES: readonly GateRule[] = [sc01SocialCapitalReview, lm01LoanTerm, lm02MortgageConsent, lm03Ltv, lm04Registration];

/** Every finding of every gate, in gate order; an error blocks completing the steps it names. */
export function runGates(facts: CaseFacts): GateFinding[] {
  return GATE_RULES.flatMap((rule) =>
    rule.check(facts).map(({ severity, ...finding }) => ({ ruleId: rule.id, severity: severity ?? rule.severity, basis: rule.basis, ...finding })),
  );
}
