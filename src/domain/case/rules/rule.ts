import type { Severity } from '../../contract/rule';
import type { CaseFacts } from '../case-facts';
import type { CaseView, GateFinding } from '../case-view';
import type { StepKey } from '../step-catalogue';

/** What a gate reports; a finding may carry its own severity where one rule grades two checks (LM-01). */
export type GateRuleFinding = Omit<GateFinding, 'ruleId' | 'severity' | 'basis'> & { severity?: Severity };

/** One gate of the case board (domain.md D.1, issue 5), each in its own file under domain/case/rules. */
export interface GateRule {
  id: `LM-${string}` | `SC-${string}`;
  severity: Severity;
  /** The legal basis as printed (e.g. 《农村土地承包法》第四十七条). */
  basis: string;
  check(facts: CaseFacts): GateRuleFinding[];
  /**
   * A check that only makes sense at the moment a step is being completed (LM-04: the registration step
   * needs registration data); the Chinese reason to refuse, or null. Standing errors are `check`'s.
   */
  refuseCompletion?(view: CaseView, key: StepKey): string | null;
}
