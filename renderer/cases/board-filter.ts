import type { Lane, StepStatus } from '../../src/domain/case/case-lane';
import type { CaseStage } from '../../src/domain/case/case-view';
import type { BoardFilter } from './case-api';

/** The board's filter controls; '' means no restriction. */
export interface BoardControls {
  town: string;
  stage: CaseStage | '';
  lane: Lane | '';
  status: StepStatus | '';
  blockedOnly: boolean;
}

export const NO_FILTER: BoardControls = { town: '', stage: '', lane: '', status: '', blockedOnly: false };

/** The cases.board input for the controls: a lane filter needs both the lane and its status. */
export function boardFilter(c: BoardControls): BoardFilter {
  return {
    ...(c.town ? { town: c.town } : {}),
    ...(c.stage ? { stage: c.stage } : {}),
    ...(c.lane && c.status ? { lane: { lane: c.lane, status: c.status } } : {}),
    ...(c.blockedOnly ? { blockedOnly: true } : {}),
  };
}

/** The towns to offer, from an unfiltered board, in the order the planner reads them. */
export const townsOf = (rows: readonly { town: string }[]): string[] => [...new Set(rows.map((r) => r.town))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
