import type { StepStatus } from '../../src/domain/case/case-lane';
import type { ChecklistItem, StepPatch } from '../../src/domain/case/case-step';

/** A step goes back to its party only with a reason (StepPatchSchema refuses 退回 without one). */
export const needsReason = (to: StepStatus): boolean => to === 'returned';

/** The patch that moves a step to `to` on `on`; the reason goes into the step's note when one is asked for. */
export function statusPatch(to: StepStatus, on: string, reason = ''): StepPatch {
  return needsReason(to) ? { status: to, statusOn: on, note: reason.trim() } : { status: to, statusOn: on };
}

/** Ticks a document as received today (or unticks it, clearing the date); the reference is kept. */
export function tickItem(list: readonly ChecklistItem[], index: number, received: boolean, on: string): ChecklistItem[] {
  return list.map((item, i) => (i === index ? { ...item, received, receivedOn: received ? (item.receivedOn ?? on) : null } : item));
}

/** Changes the date or the reference of one document; an emptied date box means no date. */
export function editItem(list: readonly ChecklistItem[], index: number, field: 'receivedOn' | 'ref', value: string): ChecklistItem[] {
  return list.map((item, i) => (i !== index ? item : field === 'ref' ? { ...item, ref: value } : { ...item, receivedOn: value === '' ? null : value }));
}

/** Documents received out of those expected, for the step card's summary. */
export const receivedCount = (list: readonly ChecklistItem[]): { received: number; total: number } => ({
  received: list.filter((i) => i.received).length,
  total: list.length,
});
