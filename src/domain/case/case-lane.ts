import { z } from 'zod';

/**
 * The six parties of a transfer case (六位一体, domain.md F.3), one lane each, in board order: the
 * transferor households, the transferee, the agriculture bureau with the township office and the village
 * collective it supervises, the lending bank, the insurer and the supply-and-marketing co-op (土地托管).
 */
export const LaneSchema = z.enum(['transferors', 'transferee', 'bureau', 'bank', 'insurer', 'coop']);
export type Lane = z.infer<typeof LaneSchema>;
export const LANES: readonly Lane[] = LaneSchema.options;

/** 待办 / 进行中 / 完成 / 不适用 / 退回 — a returned step goes back to its party with a reason. */
export const StepStatusSchema = z.enum(['todo', 'in_progress', 'done', 'not_applicable', 'returned']);
export type StepStatus = z.infer<typeof StepStatusSchema>;
export const STEP_STATUSES: readonly StepStatus[] = StepStatusSchema.options;

export const STEP_STATUS_LABEL: Record<StepStatus, string> = {
  todo: '待办',
  in_progress: '进行中',
  done: '完成',
  not_applicable: '不适用',
  returned: '退回',
};

export const LANE_LABEL: Record<Lane, string> = {
  transferors: '流出方（承包农户）',
  transferee: '流入方（经营主体）',
  bureau: '农业农村部门（乡镇农经站、发包方）',
  bank: '银行（经营权抵押贷款）',
  insurer: '保险机构（农业保险）',
  coop: '供销社（土地托管）',
};
