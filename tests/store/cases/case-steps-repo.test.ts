import { describe, expect, it } from 'vitest';
import type { CaseStep } from '../../../src/domain/case/case-step';
import { mergeSteps, storedSteps, writeSteps } from '../../../src/store/cases/case-steps-repo';
import { caseProject } from './case-fixture';

const step = (key: CaseStep['key'], status: CaseStep['status']): CaseStep => ({
  key,
  lane: key.slice(0, key.indexOf('.')) as CaseStep['lane'],
  status,
  responsible: '',
  dueDate: null,
  statusOn: null,
  checklist: [{ item: '借款申请书', received: false, receivedOn: null, ref: '' }],
  refs: [],
  note: '',
});

describe('the case steps repository', () => {
  it('keeps a status the planner set and re-derives the others from the catalogue’s defaults', () => {
    const { project, contractId } = caseProject();
    project.write('tester', ({ db, audit }) => {
      writeSteps(db, '2026-01-05T02:00:00.000Z', contractId, [step('bank.application', 'not_applicable'), step('bank.appraisal', 'not_applicable')]);
      writeSteps(db, '2026-01-05T02:00:00.000Z', contractId, [{ ...step('bank.application', 'not_applicable'), note: '不办贷款' }], new Set(['bank.application']));
      audit({ action: 'test', entity: 'case', entityId: null });
    });
    const stored = storedSteps(project.db, contractId);
    expect(stored.map((s) => [s.step.key, s.byHand])).toEqual(expect.arrayContaining([['bank.application', true], ['bank.appraisal', false]]));
    // A mortgage was saved: the catalogue now says todo for both bank steps.
    const merged = mergeSteps(stored, [step('bank.application', 'todo'), step('bank.appraisal', 'todo'), step('bank.contract', 'todo')]);
    expect(merged.map((s) => [s.key, s.status, s.note])).toEqual([
      ['bank.application', 'not_applicable', '不办贷款'],
      ['bank.appraisal', 'todo', ''],
      ['bank.contract', 'todo', ''],
    ]);
    project.close();
  });

  it('stays set by hand when the step is written again without a status change', () => {
    const { project, contractId } = caseProject();
    project.write('tester', ({ db, audit }) => {
      writeSteps(db, '2026-01-05T02:00:00.000Z', contractId, [step('bank.application', 'done')], new Set(['bank.application']));
      writeSteps(db, '2026-01-05T02:00:00.000Z', contractId, [{ ...step('bank.application', 'done'), responsible: '李敏' }]);
      audit({ action: 'test', entity: 'case', entityId: null });
    });
    expect(storedSteps(project.db, contractId)).toEqual([{ byHand: true, step: { ...step('bank.application', 'done'), responsible: '李敏' } }]);
    project.close();
  });
});
