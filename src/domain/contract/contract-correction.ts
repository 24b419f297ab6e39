import { z } from 'zod';
import { CalendarDateSchema } from '../calendar/calendar-date';
import { ContractStatusSchema, type ContractStatus } from './contract-view';

/**
 * A recorded correction (更正记录) of a step with legal effect. Once numbered, a contract's status and its
 * dates move only forward; a mistake is put right only by one of these, kept for good with its date,
 * reason and actor: 撤销编号 (a numbering made in error, before filing: the contract returns to draft and
 * its number is retired for ever), 更正状态 (filed, active or terminated back to the status before) and
 * 更正日期 (a wrong date of one of those events).
 */

export const CorrectionKindSchema = z.enum(['revoke_number', 'status', 'date']);
export type CorrectionKind = z.infer<typeof CorrectionKindSchema>;

/** The events of a contract's legal life, in the order they happen, each with its date on the record. */
export const ContractEventSchema = z.enum(['numbered', 'filed', 'active', 'terminated']);
export type ContractEvent = z.infer<typeof ContractEventSchema>;
export const CONTRACT_EVENTS: readonly ContractEvent[] = ContractEventSchema.options;

export const CONTRACT_EVENT_LABEL: Record<ContractEvent, string> = { numbered: '编号', filed: '备案', active: '生效', terminated: '终止' };
export const CONTRACT_STATUS_NAME: Record<ContractStatus, string> = {
  draft: '草稿',
  numbered: '已编号',
  filed: '已备案',
  active: '履行中',
  expired: '已到期',
  terminated: '已终止',
};

/** A reason a correction is recorded for: required, and more than blanks. */
export const CorrectionReasonSchema = z.string().trim().min(1, '更正须写明原因');

export const ContractCorrectionSchema = z.object({
  id: z.number().int().positive(),
  contractId: z.number().int().positive(),
  kind: CorrectionKindSchema,
  /** The contract's status before and after; equal for a date correction. */
  fromStatus: ContractStatusSchema,
  toStatus: ContractStatusSchema,
  /** 撤销编号: the number retired, never handed out again. */
  numberRevoked: z.string().nullable(),
  /** The event undone (撤销编号, 更正状态) or re-dated (更正日期). */
  event: ContractEventSchema,
  /** The event's date on the record before the correction, and after it (null when the event is undone). */
  eventDateBefore: CalendarDateSchema,
  eventDateAfter: CalendarDateSchema.nullable(),
  /** The day the correction takes effect. */
  on: CalendarDateSchema,
  reason: CorrectionReasonSchema,
  actor: z.string().min(1),
  /** When it was recorded (the write's instant). */
  at: z.string(),
});
export type ContractCorrection = z.infer<typeof ContractCorrectionSchema>;

/** The contract's event dates as the record holds them. */
export type EventDates = Record<ContractEvent, string | null>;

/** The event a status stands for; a status correction undoes it. */
export const EVENT_OF_STATUS: Partial<Record<ContractStatus, ContractEvent>> = { numbered: 'numbered', filed: 'filed', active: 'active', terminated: 'terminated' };

/**
 * The status a correction of `status` returns to: the one the contract held before its last event. A
 * termination goes back to what it ended (in force, filed or only numbered), known by the dates recorded.
 */
export function statusBefore(status: ContractStatus, dates: EventDates): ContractStatus | null {
  switch (status) {
    case 'numbered':
      return 'draft';
    case 'filed':
      return 'numbered';
    case 'active':
      return 'filed';
    case 'terminated':
      return dates.active !== null ? 'active' : dates.filed !== null ? 'filed' : 'numbered';
    default:
      return null;
  }
}

/**
 * Where a corrected date of `event` may fall: not before the events before it, not after those after it
 * (numbering, filing, taking effect; a termination ends any of them). Null bounds are open.
 */
export function eventDateBounds(event: ContractEvent, dates: EventDates): { from: string | null; until: string | null } {
  const i = CONTRACT_EVENTS.indexOf(event);
  const set = (list: readonly ContractEvent[]) => list.map((e) => dates[e]).filter((d): d is string => d !== null).sort();
  const before = set(CONTRACT_EVENTS.slice(0, i));
  const after = event === 'terminated' ? [] : set(CONTRACT_EVENTS.slice(i + 1));
  return { from: before[before.length - 1] ?? null, until: after[0] ?? null };
}

/** The correction in a planner's words, for the case timeline and the contract's history. */
export function correctionText(c: ContractCorrection): string {
  const tail = `（原因：${c.reason}；经办：${c.actor}）`;
  switch (c.kind) {
    case 'revoke_number':
      return `撤销编号 ${c.numberRevoked}（${c.eventDateBefore} 编号），合同退回草稿${tail}`;
    case 'status':
      return `更正：撤回 ${c.eventDateBefore} 的${CONTRACT_EVENT_LABEL[c.event]}，合同由${CONTRACT_STATUS_NAME[c.fromStatus]}退回${CONTRACT_STATUS_NAME[c.toStatus]}${tail}`;
    case 'date':
      return `更正${CONTRACT_EVENT_LABEL[c.event]}日期：${c.eventDateBefore} 改为 ${c.eventDateAfter}${tail}`;
  }
}
