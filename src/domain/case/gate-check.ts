import type { StepStatus } from './case-lane';
import type { CaseView } from './case-view';
import { GATE_RULES } from './rules';
import { stepDefinition, type StepKey } from './step-catalogue';

/**
 * Why a step may not move to `to`, in Chinese, or null when it may. Only completion is gated: a step may
 * always be started, returned or set aside; it may not be marked done while an error gate blocks it, or
 * while a gate's completion check (LM-04: registration data) fails.
 */
export function refuseBlockedStep(view: CaseView, key: StepKey, to: StepStatus): string | null {
  if (to !== 'done') return null;
  const reasons = [
    ...view.gates.filter((g) => g.severity === 'error' && g.blocks.includes(key)).map((g) => `${g.ruleId} ${g.message}`),
    ...GATE_RULES.flatMap((rule) => rule.refuseCompletion?.(view, key) ?? []),
  ];
  if (reasons.length === 0) return null;
  return `不能完成“${stepDefinition(key).title}”：${reasons.join('；')}`;
}
