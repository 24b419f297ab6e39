import { dayNumber, termYears } from '../contract/term';
import type { CaseFacts } from './case-facts';
import type { CaseStep } from './case-step';
import { STEP_CATALOGUE, type StepDefinition, type StepKey } from './step-catalogue';

/** What applicability reads: everything but the steps themselves, so new steps can be made from it. */
type ApplicabilityFacts = Omit<CaseFacts, 'steps'>;

function termReaches(facts: ApplicabilityFacts, years: number): boolean {
  const { startDate, endDate } = facts.contract;
  if (dayNumber(endDate) < dayNumber(startDate)) return false;
  return termYears(startDate, endDate) >= years;
}

/** Whether a catalogue step is relevant to this case (step-catalogue.ts explains each condition). */
export function stepApplies(def: StepDefinition, facts: ApplicabilityFacts): boolean {
  const { contract } = facts;
  switch (def.appliesWhen) {
    case 'always':
      return true;
    case 'socialCapital':
      return contract.socialCapital;
    case 'agent':
      return contract.agent;
    case 'consent':
      return contract.allowsCollateral || contract.allowsRetransfer || facts.mortgages.length > 0;
    case 'longTerm':
      return termReaches(facts, facts.policy.registrationSuggestedYears.value);
    case 'mortgage':
      return facts.mortgages.length > 0;
    case 'insurance':
      return facts.insurances.length > 0;
    case 'trusteeship':
      return facts.trusteeships.length > 0;
  }
}

/**
 * The date a step is already done on when the case is first opened for a contract that has moved on:
 * the contract's own dates stand for the steps that make those transitions, so case and contract agree.
 */
function doneOn(key: StepKey, contract: CaseFacts['contract']): string | null {
  switch (key) {
    case 'transferee.signing':
      return contract.signedOn;
    case 'bureau.contractReview':
      return contract.numberedOn;
    case 'bureau.filing':
      return contract.filedOn;
    case 'transferee.delivery':
      return contract.activeOn;
    case 'bureau.socialCapitalReview':
      return contract.socialCapitalReview?.approvedOn ?? null;
    default:
      return null;
  }
}

/** All 22 catalogue steps for a new case: 不适用 where they do not apply, 完成 where the contract shows it. */
export function initialSteps(facts: ApplicabilityFacts): CaseStep[] {
  return STEP_CATALOGUE.map((def) => {
    const applies = stepApplies(def, facts);
    const on = applies ? doneOn(def.key, facts.contract) : null;
    return {
      key: def.key,
      lane: def.lane,
      status: !applies ? 'not_applicable' : on !== null ? 'done' : 'todo',
      responsible: '',
      dueDate: null,
      statusOn: on,
      checklist: def.checklist.map(({ item }) => ({ item, received: false, receivedOn: null, ref: '' })),
      refs: [],
      note: '',
    };
  });
}
