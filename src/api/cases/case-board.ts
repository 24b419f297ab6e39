import { boardCounts, boardRow } from '../../domain/case/board';
import type { Lane, StepStatus } from '../../domain/case/case-lane';
import type { BoardCounts, BoardRow, CaseStage, Deadline } from '../../domain/case/case-view';
import { dayNumber, isoDate } from '../../domain/contract/term';
import type { Project } from '../../store/project';
import { caseViews, type UnreadableCase } from './case-facts';

export interface BoardFilter {
  town?: string;
  villageCode?: string;
  stage?: CaseStage;
  lane?: { lane: Lane; status: StepStatus };
  blockedOnly?: boolean;
}

/** The board's rows matching the filter and the counts over exactly those rows. */
export function caseBoard(project: Project, filter: BoardFilter, asOf: string): { rows: BoardRow[]; counts: BoardCounts; unreadable: UnreadableCase[] } {
  const { views, unreadable } = caseViews(project, asOf, { villageCode: filter.villageCode, town: filter.town });
  const rows = views
    .map(boardRow)
    .filter(
      (r) =>
        (!filter.stage || r.stage === filter.stage) &&
        (!filter.lane || r.laneStatus[filter.lane.lane] === filter.lane.status) &&
        (!filter.blockedOnly || r.blocked),
    );
  return { rows, counts: boardCounts(rows), unreadable };
}

/** The 待办 list over every case (or a town's): overdue items first, then what falls due within `withinDays`. */
export function allDeadlines(project: Project, town: string | undefined, withinDays: number, asOf: string): Deadline[] {
  const until = isoDate(dayNumber(asOf) + withinDays);
  return caseViews(project, asOf, { town })
    .views.flatMap((v) => v.deadlines)
    .filter((d) => d.overdue || (d.date >= asOf && d.date <= until))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.date < b.date ? -1 : a.date > b.date ? 1 : a.contractId - b.contractId));
}

/** `landlink info`: how many cases stand at each stage and each lane status, over every contract. */
export function caseInfo(project: Project, asOf: string): BoardCounts & { total: number } {
  const { rows, counts } = caseBoard(project, {}, asOf);
  return { total: rows.length, ...counts };
}
