import { describe, expect, it } from 'vitest';
import { boardCounts, boardRow } from '../../../src/domain/case/board';
import { LANES, STEP_STATUSES } from '../../../src/domain/case/case-lane';
import { BoardCountsSchema, BoardRowSchema, CaseStageSchema } from '../../../src/domain/case/case-view';
import { buildCaseView } from '../../../src/domain/case/case-view-builder';
import { unsignedCase, validCase, withStep } from './facts';

const asCase = (id: number, facts: ReturnType<typeof validCase>, areaM2: number) => ({ ...facts, contract: { ...facts.contract, id, areaM2 } });

/** Five cases: two active, one at review (blocked at SC-01), one at signing, one terminated. */
function rows() {
  const review = withStep(unsignedCase(), 'transferee.qualification', 'done', '2025-09-01');
  const signing = withStep(unsignedCase(), 'bureau.socialCapitalReview', 'done', '2025-09-10');
  const closed = { ...validCase(), contract: { ...validCase().contract, status: 'terminated' as const, terminatedOn: '2025-11-01' } };
  return [
    asCase(1, validCase(), 6200),
    asCase(2, validCase(), 1000.5),
    asCase(3, review, 3333.33),
    asCase(4, signing, 800),
    asCase(5, closed, 2000),
  ].map((f) => BoardRowSchema.parse(boardRow(buildCaseView(f))));
}

describe('boardRow', () => {
  it('carries the contract, stage, lane statuses and the earliest open deadline', () => {
    const row = boardRow(buildCaseView(validCase()));
    expect(row).toMatchObject({ contractId: 42, number: '371722-2025-0007', town: '谢集镇', village: '王桥村', stage: 'active', blocked: false });
    expect(Object.keys(row.laneStatus)).toEqual([...LANES]);
    expect(row.laneStatus.bank).toBe('todo');
    expect(row.nextDeadline).toMatchObject({ date: '2026-09-30', kind: 'loan_maturity' });
  });
});

describe('boardCounts', () => {
  it('counts every stage, zeros included, with areas summed unrounded', () => {
    const counts = BoardCountsSchema.parse(boardCounts(rows()));
    expect(counts.byStage.map((s) => s.stage)).toEqual(CaseStageSchema.options);
    expect(counts.byStage.find((s) => s.stage === 'active')).toEqual({ stage: 'active', cases: 2, areaM2: 7200.5 });
    expect(counts.byStage.find((s) => s.stage === 'review')).toEqual({ stage: 'review', cases: 1, areaM2: 3333.33 });
    expect(counts.byStage.find((s) => s.stage === 'drafting')).toEqual({ stage: 'drafting', cases: 0, areaM2: 0 });
    expect(counts.blocked).toBe(1);
  });

  it('adds up to exactly the rows listed, stage by stage and lane by lane', () => {
    const all = rows();
    const counts = boardCounts(all);
    expect(counts.byStage.reduce((n, s) => n + s.cases, 0)).toBe(all.length);
    expect(counts.byStage.reduce((a, s) => a + s.areaM2, 0)).toBeCloseTo(all.reduce((a, r) => a + r.areaM2, 0), 9);
    for (const stage of CaseStageSchema.options) {
      expect(counts.byStage.find((s) => s.stage === stage)!.cases).toBe(all.filter((r) => r.stage === stage).length);
    }
    for (const lane of LANES) {
      expect(Object.keys(counts.byLane[lane])).toEqual([...STEP_STATUSES]);
      for (const status of STEP_STATUSES) expect(counts.byLane[lane][status]).toBe(all.filter((r) => r.laneStatus[lane] === status).length);
    }
    expect(counts.blocked).toBe(all.filter((r) => r.blocked).length);
  });

  it('counts only the rows it is given', () => {
    const counts = boardCounts(rows().filter((r) => r.stage === 'active'));
    expect(counts.byStage.filter((s) => s.cases > 0).map((s) => s.stage)).toEqual(['active']);
    expect(counts.byLane.bank.todo).toBe(2);
    expect(boardCounts([]).byLane.transferee.todo).toBe(0);
  });
});
