import { LANES, STEP_STATUSES, type Lane, type StepStatus } from './case-lane';
import { CaseStageSchema, type BoardCounts, type BoardRow, type CaseView } from './case-view';

/** One case as a board row; the next deadline is the earliest open one (overdue ones come first by date). */
export function boardRow(view: CaseView): BoardRow {
  const c = view.contract;
  return {
    contractId: c.id,
    number: c.number,
    transfereeName: c.transfereeName,
    town: c.town,
    village: c.village,
    areaM2: c.areaM2,
    stage: view.stage,
    blocked: view.blocked,
    laneStatus: Object.fromEntries(view.lanes.map((l) => [l.lane, l.status])) as Record<Lane, StepStatus>,
    nextDeadline: view.deadlines[0] ?? null,
  };
}

const zeroStatuses = (): Record<StepStatus, number> => Object.fromEntries(STEP_STATUSES.map((s) => [s, 0])) as Record<StepStatus, number>;

/**
 * Counts over exactly the rows given: cases and area (m², summed unrounded) for every stage, zeros
 * included, each lane's rows by lane status, and the blocked cases.
 */
export function boardCounts(rows: BoardRow[]): BoardCounts {
  const byStage = CaseStageSchema.options.map((stage) => {
    const inStage = rows.filter((r) => r.stage === stage);
    return { stage, cases: inStage.length, areaM2: inStage.reduce((sum, r) => sum + r.areaM2, 0) };
  });
  const byLane = Object.fromEntries(LANES.map((lane) => [lane, zeroStatuses()])) as BoardCounts['byLane'];
  for (const row of rows) for (const lane of LANES) byLane[lane][row.laneStatus[lane]] += 1;
  return { byStage, byLane, blocked: rows.filter((r) => r.blocked).length };
}
