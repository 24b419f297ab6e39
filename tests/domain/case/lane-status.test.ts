import { describe, expect, it } from 'vitest';
import type { StepStatus } from '../../../src/domain/case/case-lane';
import type { CaseStepView } from '../../../src/domain/case/case-view';
import { laneStatus } from '../../../src/domain/case/lane-status';

const step = (status: StepStatus, applies = true): CaseStepView => ({
  key: 'bank.contract',
  lane: 'bank',
  status,
  responsible: '',
  dueDate: null,
  statusOn: null,
  checklist: [],
  refs: [],
  note: '',
  title: '签订借款及抵押合同',
  applies,
  blockedBy: [],
});

describe('laneStatus', () => {
  it('is not applicable when no step applies or all were set aside', () => {
    expect(laneStatus([step('todo', false), step('done', false)])).toBe('not_applicable');
    expect(laneStatus([step('not_applicable'), step('not_applicable')])).toBe('not_applicable');
    expect(laneStatus([])).toBe('not_applicable');
  });

  it('is returned when any applicable step was returned, even with others done', () => {
    expect(laneStatus([step('done'), step('returned'), step('in_progress')])).toBe('returned');
  });

  it('is done when every applicable step is done, ignoring steps that do not apply', () => {
    expect(laneStatus([step('done'), step('not_applicable'), step('todo', false)])).toBe('done');
  });

  it('is in progress once a step has started or been done, and todo before', () => {
    expect(laneStatus([step('done'), step('todo')])).toBe('in_progress');
    expect(laneStatus([step('todo'), step('in_progress')])).toBe('in_progress');
    expect(laneStatus([step('todo'), step('todo')])).toBe('todo');
  });
});
