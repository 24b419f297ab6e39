import { describe, expect, it } from 'vitest';
import { CaseViewSchema } from '../../../src/domain/case/case-view';
import { buildCaseView } from '../../../src/domain/case/case-view-builder';
import { LANES } from '../../../src/domain/case/case-lane';
import { mortgage, unsignedCase, validCase, withStep } from './facts';

const laneOf = (view: ReturnType<typeof buildCaseView>, lane: string) => view.lanes.find((l) => l.lane === lane)!;

describe('buildCaseView', () => {
  it('puts an active case with a registered, consented loan together without gates or blocks', () => {
    const view = CaseViewSchema.parse(buildCaseView(validCase()));
    expect(view.stage).toBe('active');
    expect(view.gates).toEqual([]);
    expect(view.blocked).toBe(false);
    expect(view.lanes.map((l) => l.lane)).toEqual(LANES);
    expect(view.lanes.flatMap((l) => l.steps)).toHaveLength(22);
    expect(laneOf(view, 'insurer').status).toBe('not_applicable');
    expect(laneOf(view, 'bank').status).toBe('todo');
    expect(laneOf(view, 'transferee').status).toBe('in_progress');
    const signing = laneOf(view, 'transferee').steps.find((s) => s.key === 'transferee.signing')!;
    expect(signing).toMatchObject({ title: '签订流转合同', applies: true, blockedBy: [] });
  });

  it('names the error gates on the steps they block, not the warnings', () => {
    const view = buildCaseView({ ...validCase(), consents: [], mortgages: [mortgage({ registration: null })] });
    const bank = laneOf(view, 'bank').steps;
    expect(bank.find((s) => s.key === 'bank.contract')!.blockedBy).toEqual(['LM-02']);
    expect(bank.find((s) => s.key === 'bank.registration')!.blockedBy).toEqual([]);
  });

  it('is not blocked while a blocked step waits behind earlier open steps of its lane', () => {
    const view = buildCaseView({ ...validCase(), consents: [] });
    expect(view.gates.some((g) => g.severity === 'error')).toBe(true);
    expect(view.blocked).toBe(false);
  });

  it('is blocked once the blocked step is the next one of its lane, or already in progress', () => {
    const facts = withStep(withStep({ ...validCase(), consents: [] }, 'bank.application', 'done', '2025-10-25'), 'bank.appraisal', 'done', '2025-10-27');
    expect(buildCaseView(facts).blocked).toBe(true);
    expect(buildCaseView(withStep({ ...validCase(), consents: [] }, 'bank.disbursement', 'in_progress')).blocked).toBe(true);
  });

  it('holds social capital at review with signing blocked once the transferee is ready', () => {
    const view = buildCaseView(withStep(unsignedCase(), 'transferee.qualification', 'done', '2025-09-01'));
    expect(view.stage).toBe('review');
    expect(view.blocked).toBe(true);
    expect(laneOf(view, 'transferee').steps.find((s) => s.key === 'transferee.signing')!.blockedBy).toEqual(['SC-01']);
  });

  it('reads a step missing from the stored steps as it would be on a new case', () => {
    const facts = validCase();
    const view = buildCaseView({ ...facts, steps: facts.steps.filter((s) => s.key !== 'bureau.filing') });
    expect(laneOf(view, 'bureau').steps.find((s) => s.key === 'bureau.filing')).toMatchObject({ status: 'done', statusOn: '2025-09-25' });
  });
});
