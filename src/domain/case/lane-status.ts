import type { StepStatus } from './case-lane';
import type { CaseStepView } from './case-view';

/**
 * A lane's status on the board, over the steps that apply (and were not set aside as 不适用):
 * 不适用 if none, 退回 if any was returned, 完成 if all are done, 进行中 once any has started, else 待办.
 */
export function laneStatus(steps: CaseStepView[]): StepStatus {
  const counted = steps.filter((s) => s.applies && s.status !== 'not_applicable');
  if (counted.length === 0) return 'not_applicable';
  if (counted.some((s) => s.status === 'returned')) return 'returned';
  if (counted.every((s) => s.status === 'done')) return 'done';
  if (counted.some((s) => s.status === 'in_progress' || s.status === 'done')) return 'in_progress';
  return 'todo';
}
