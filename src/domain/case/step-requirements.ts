import type { CaseStep } from './case-step';
import { stepDefinition } from './step-catalogue';

/**
 * What a step still lacks before it may be marked done: the required documents of its catalogue entry
 * not received with a date on or before the day it is done (a document taken off the list counts as
 * missing), and the responsible person if none is named. Empty when it may complete.
 */
export interface StepShortfall {
  documents: string[];
  responsible: boolean;
}

export function stepShortfall(step: Pick<CaseStep, 'key' | 'checklist' | 'responsible' | 'statusOn'>): StepShortfall {
  const documents = stepDefinition(step.key)
    .checklist.filter((d) => d.required)
    .filter((d) => !step.checklist.some((c) => c.item === d.item && c.received && c.receivedOn !== null && (step.statusOn === null || c.receivedOn <= step.statusOn)))
    .map((d) => d.item);
  return { documents, responsible: step.responsible.trim() === '' };
}

const isComplete = (s: StepShortfall): boolean => s.documents.length === 0 && !s.responsible;

/**
 * Why completing the step is refused for want of papers or a responsible person, with the fields at
 * fault; null when nothing is missing.
 */
export function refuseIncompleteStep(step: Pick<CaseStep, 'key' | 'checklist' | 'responsible' | 'statusOn'>): { message: string; issues: { path: string; message: string }[] } | null {
  const shortfall = stepShortfall(step);
  if (isComplete(shortfall)) return null;
  const issues: { path: string; message: string }[] = [];
  if (shortfall.documents.length > 0) issues.push({ path: 'patch.checklist', message: `缺少材料（须登记不晚于办结日的收到日期）：${shortfall.documents.join('、')}` });
  if (shortfall.responsible) issues.push({ path: 'patch.responsible', message: '未填写经办人' });
  return { message: `不能完成“${stepDefinition(step.key).title}”：${issues.map((i) => i.message).join('；')}`, issues };
}
