import type Database from 'better-sqlite3';
import {
  CONTRACT_EVENT_LABEL,
  CONTRACT_STATUS_NAME,
  ContractCorrectionSchema,
  eventDateBounds,
  statusBefore,
  type ContractCorrection,
  type ContractEvent,
  type CorrectionKind,
  type EventDates,
} from '../../domain/contract/contract-correction';
import type { ContractStatus } from '../../domain/contract/contract-view';
import type { Project, WriteScope } from '../project';
import { ContractError } from './contract-error';
import { requireContract, type ContractRecord } from './contracts-repo';

/**
 * Recorded corrections of contracts: each one changes the contract and adds its row and audit row in the
 * caller's transaction. The table keeps its rows for good and retires revoked numbers (migration 8).
 */

/** Who corrects, on which day, why; `today` bounds the day (a correction is not dated ahead). */
export interface CorrectionBy {
  on: string;
  reason: string;
  actor: string;
  today: string;
}

const EVENT_COLUMN: Record<ContractEvent, string> = { numbered: 'numbered_at', filed: 'filed_on', active: 'active_on', terminated: 'terminated_on' };

export const eventDates = (r: ContractRecord): EventDates => ({
  numbered: r.numberedAt?.slice(0, 10) ?? null,
  filed: r.filedOn,
  active: r.activeOn,
  terminated: r.terminatedOn,
});

interface Row {
  id: number;
  contract_id: number;
  kind: CorrectionKind;
  from_status: ContractStatus;
  to_status: ContractStatus;
  number_revoked: string | null;
  event: ContractEvent;
  event_date_before: string;
  event_date_after: string | null;
  on_date: string;
  reason: string;
  actor: string;
  at: string;
}

const toCorrection = (r: Row): ContractCorrection =>
  ContractCorrectionSchema.parse({
    id: r.id,
    contractId: r.contract_id,
    kind: r.kind,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    numberRevoked: r.number_revoked,
    event: r.event,
    eventDateBefore: r.event_date_before,
    eventDateAfter: r.event_date_after,
    on: r.on_date,
    reason: r.reason,
    actor: r.actor,
    at: r.at,
  });

/** A contract's corrections in the order they were recorded. */
export const correctionsOf = (db: Database.Database, contractId: number): ContractCorrection[] =>
  (db.prepare(`SELECT * FROM contract_corrections WHERE contract_id = ? ORDER BY id`).all(contractId) as Row[]).map(toCorrection);

/** Every contract's corrections in one read, for the board. */
export function correctionsByContract(db: Database.Database): Map<number, ContractCorrection[]> {
  const byContract = new Map<number, ContractCorrection[]>();
  for (const c of (db.prepare(`SELECT * FROM contract_corrections ORDER BY id`).all() as Row[]).map(toCorrection)) {
    const list = byContract.get(c.contractId) ?? [];
    if (list.length === 0) byContract.set(c.contractId, list);
    list.push(c);
  }
  return byContract;
}

const label = (r: ContractRecord) => r.number ?? `草稿 ${r.id}`;

function checkDay(r: ContractRecord, by: CorrectionBy, notBefore: string): void {
  if (!by.reason.trim()) throw new ContractError('bad_input', `更正合同 ${label(r)} 须写明原因`, 'reason');
  if (by.on > by.today) throw new ContractError('bad_input', `更正日期 ${by.on} 晚于今天（${by.today}）`, 'on');
  if (by.on < notBefore) throw new ContractError('bad_input', `更正日期 ${by.on} 早于所更正的日期 ${notBefore}`, 'on');
}

function record(scope: WriteScope, project: Project, before: ContractRecord, c: Omit<ContractCorrection, 'id' | 'at' | 'contractId'>): ContractCorrection {
  const { lastInsertRowid } = scope.db
    .prepare(
      `INSERT INTO contract_corrections (contract_id, kind, from_status, to_status, number_revoked, event, event_date_before, event_date_after, on_date, reason, actor, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(before.id, c.kind, c.fromStatus, c.toStatus, c.numberRevoked, c.event, c.eventDateBefore, c.eventDateAfter, c.on, c.reason.trim(), c.actor, scope.now);
  const correction = toCorrection(scope.db.prepare(`SELECT * FROM contract_corrections WHERE id = ?`).get(Number(lastInsertRowid)) as Row);
  const after = requireContract(project, before.id);
  scope.audit({
    action: 'correct',
    entity: 'contract',
    entityId: String(before.id),
    before: { status: before.status, number: before.number, ...eventDates(before), terminationReason: before.terminationReason },
    after: { status: after.status, number: after.number, ...eventDates(after), correction },
  });
  return correction;
}

/**
 * 撤销编号: a numbering made in error, while the contract is only numbered (not yet filed). The contract
 * returns to draft for correction; its number is retired (the counters only go up, and the table keeps
 * the number so no contract can carry it again).
 */
export function revokeNumberIn(scope: WriteScope, project: Project, id: number, number: string, by: CorrectionBy): ContractCorrection {
  const r = requireContract(project, id);
  if (r.status !== 'numbered') {
    const hint = r.status === 'draft' ? '尚未编号' : `当前为${CONTRACT_STATUS_NAME[r.status]}，须先更正${r.status === 'terminated' ? '终止' : '备案'}`;
    throw new ContractError('refused', `合同 ${label(r)} ${hint}，只有已编号、尚未备案的合同可以撤销编号`, 'id');
  }
  if (r.number !== number) throw new ContractError('conflict', `合同 ${id} 的编号是 ${r.number}，不是 ${number}`, 'number');
  const numberedOn = eventDates(r).numbered!;
  checkDay(r, by, numberedOn);
  scope.db.prepare(`UPDATE contracts SET status = 'draft', number = NULL, number_scope = NULL, numbered_at = NULL, updated_at = ? WHERE id = ?`).run(scope.now, id);
  return record(scope, project, r, {
    kind: 'revoke_number',
    fromStatus: 'numbered',
    toStatus: 'draft',
    numberRevoked: number,
    event: 'numbered',
    eventDateBefore: numberedOn,
    eventDateAfter: null,
    on: by.on,
    reason: by.reason,
    actor: by.actor,
  });
}

/**
 * 更正状态: a filing, taking effect or termination recorded in error is taken back; the contract returns
 * to the status before it and the event's date is cleared (a termination's reason with it).
 */
export function correctStatusIn(scope: WriteScope, project: Project, id: number, from: 'filed' | 'active' | 'terminated', by: CorrectionBy): ContractCorrection {
  const r = requireContract(project, id);
  if (r.status !== from) {
    throw new ContractError('refused', `合同 ${label(r)} 当前为${CONTRACT_STATUS_NAME[r.status]}，不是${CONTRACT_STATUS_NAME[from]}，不能更正其${CONTRACT_EVENT_LABEL[from]}`, 'from');
  }
  const dates = eventDates(r);
  const to = statusBefore(from, dates)!;
  const eventDate = dates[from]!;
  checkDay(r, by, eventDate);
  scope.db
    .prepare(`UPDATE contracts SET status = ?, ${EVENT_COLUMN[from]} = NULL, termination_reason = CASE WHEN ? THEN NULL ELSE termination_reason END, updated_at = ? WHERE id = ?`)
    .run(to, from === 'terminated' ? 1 : 0, scope.now, id);
  return record(scope, project, r, {
    kind: 'status',
    fromStatus: from,
    toStatus: to,
    numberRevoked: null,
    event: from,
    eventDateBefore: eventDate,
    eventDateAfter: null,
    on: by.on,
    reason: by.reason,
    actor: by.actor,
  });
}

/** 更正日期: the recorded date of an event that stands is wrong; it stays in order with the other events. */
export function correctDateIn(scope: WriteScope, project: Project, id: number, event: ContractEvent, date: string, by: CorrectionBy): ContractCorrection {
  const r = requireContract(project, id);
  const dates = eventDates(r);
  const current = dates[event];
  if (current === null) throw new ContractError('refused', `合同 ${label(r)} 没有${CONTRACT_EVENT_LABEL[event]}日期可更正`, 'event');
  if (current === date) throw new ContractError('bad_input', `合同 ${label(r)} 的${CONTRACT_EVENT_LABEL[event]}日期已是 ${date}`, 'date');
  // The number's serial counts within its year: a numbering moved to another year needs a new number.
  if (event === 'numbered' && date.slice(0, 4) !== current.slice(0, 4)) {
    throw new ContractError('bad_input', `编号 ${r.number} 是 ${current.slice(0, 4)} 年的编号，编号日期不能改到 ${date.slice(0, 4)} 年；请撤销编号后重新编号`, 'date');
  }
  const { from, until } = eventDateBounds(event, dates);
  if (from !== null && date < from) throw new ContractError('bad_input', `${CONTRACT_EVENT_LABEL[event]}日期 ${date} 早于此前事项的日期 ${from}`, 'date');
  if (until !== null && date > until) throw new ContractError('bad_input', `${CONTRACT_EVENT_LABEL[event]}日期 ${date} 晚于此后事项的日期 ${until}`, 'date');
  checkDay(r, by, date);
  scope.db.prepare(`UPDATE contracts SET ${EVENT_COLUMN[event]} = ?, updated_at = ? WHERE id = ?`).run(date, scope.now, id);
  return record(scope, project, r, {
    kind: 'date',
    fromStatus: r.status,
    toStatus: r.status,
    numberRevoked: null,
    event,
    eventDateBefore: current,
    eventDateAfter: date,
    on: by.on,
    reason: by.reason,
    actor: by.actor,
  });
}

/** A contract once numbered keeps its record, revoked numbers and all: its draft cannot be deleted. */
export function refuseDeletingCorrected(db: Database.Database, id: number): void {
  const revoked = db.prepare(`SELECT number_revoked FROM contract_corrections WHERE contract_id = ? AND number_revoked IS NOT NULL ORDER BY id`).pluck().all(id) as string[];
  if (revoked.length > 0) throw new ContractError('refused', `合同草稿 ${id} 曾编号为 ${revoked.join('、')}（已撤销），其记录须保留，不能删除`, 'id');
}
