import { LANES } from './case-lane';
import type { CaseFacts } from './case-facts';
import type { CaseStep } from './case-step';
import { caseStage } from './case-stage';
import type { CaseStepView, CaseView, GateFinding } from './case-view';
import { caseDeadlines } from './deadlines';
import { laneStatus } from './lane-status';
import { runGates } from './rules';
import { initialSteps, stepApplies } from './step-applicability';
import { STEP_CATALOGUE } from './step-catalogue';
import { caseTimeline } from './timeline';

/** The lanes' steps in catalogue order, each with its title, whether it applies and the error gates holding it. */
function stepViews(facts: CaseFacts, gates: readonly GateFinding[]): CaseStepView[] {
  let fresh: CaseStep[] | undefined;
  return STEP_CATALOGUE.map((def) => {
    const applies = stepApplies(def, facts);
    // A step the store has not stored yet reads as it would on a new case.
    const step = facts.steps.find((s) => s.key === def.key) ?? (fresh ??= initialSteps(facts)).find((s) => s.key === def.key)!;
    const blockedBy = [...new Set(gates.filter((g) => g.severity === 'error' && g.blocks.includes(def.key)).map((g) => g.ruleId))];
    return { ...step, title: def.title, applies, blockedBy };
  });
}

/**
 * Blocked means an error gate holds a step someone would take next: the first open applicable step of
 * its lane, or one already in progress or returned. A gate on a step further down the lane (signing
 * while the transferee's papers are still awaited) is not yet a block.
 */
function isBlocked(steps: readonly CaseStepView[]): boolean {
  const open = steps.filter((s) => s.applies && s.status !== 'done' && s.status !== 'not_applicable');
  return open.some((s, i) => s.blockedBy.length > 0 && (s.status !== 'todo' || open.findIndex((o) => o.lane === s.lane) === i));
}

/** Everything the case screen and the board show about one case, computed from its facts. */
export function buildCaseView(facts: CaseFacts): CaseView {
  const gates = runGates(facts);
  const steps = stepViews(facts, gates);
  return {
    contract: facts.contract,
    stage: caseStage(facts),
    blocked: isBlocked(steps),
    lanes: LANES.map((lane) => {
      const laneSteps = steps.filter((s) => s.lane === lane);
      return { lane, status: laneStatus(laneSteps), steps: laneSteps };
    }),
    gates,
    mortgages: facts.mortgages,
    insurances: facts.insurances,
    trusteeships: facts.trusteeships,
    consents: facts.consents,
    deadlines: caseDeadlines(facts),
    timeline: caseTimeline(facts),
  };
}
