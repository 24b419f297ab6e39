import type { CaseStepView, CaseView } from '../../../domain/case/case-view';
import type { StepKey } from '../../../domain/case/step-catalogue';

/** One step of a case by key, as the case view lists it lane by lane. */
export function stepOf(c: CaseView, key: StepKey): CaseStepView | undefined {
  for (const lane of c.lanes) {
    const s = lane.steps.find((x) => x.key === key);
    if (s) return s;
  }
  return undefined;
}

/** The reference numbers a step recorded, as `label value; …`, or '' when none. */
export const refsText = (s: CaseStepView | undefined): string => (s ? s.refs.map((r) => `${r.label} ${r.value}`).join('；') : '');
