import type Database from 'better-sqlite3';
import { z } from 'zod';
import { ContractDraftSchema, type ContractDraft } from '../../domain/contract/contract-draft';
import { ContractStatusSchema, type ContractStatus } from '../../domain/contract/contract-view';
import type { Project, WriteScope } from '../project';
import { ContractError } from './contract-error';
import { enterForce } from './entering-force';

/** Contracts: the draft as JSON plus the columns the lists filter on, and the status history dates. */

export const ContractRecordSchema = z.object({
  id: z.number().int().positive(),
  /** As stored; `statusOn` derives 'expired' for a contract past its end date. */
  status: ContractStatusSchema,
  number: z.string().nullable(),
  draft: ContractDraftSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  numberedAt: z.string().nullable(),
  filedOn: z.string().nullable(),
  activeOn: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
});
export type ContractRecord = z.infer<typeof ContractRecordSchema>;

export interface ContractFilter {
  status?: ContractStatus;
  transfereePartyId?: number;
  villageCode?: string;
  /** 3-digit township code or the 9-digit county+township prefix of the parcels' codes. */
  townCode?: string;
  householdId?: number;
}

interface Row {
  id: number;
  status: ContractStatus;
  number: string | null;
  draft_json: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  numbered_at: string | null;
  filed_on: string | null;
  active_on: string | null;
  terminated_on: string | null;
  termination_reason: string | null;
}

const toRecord = (r: Row): ContractRecord => ({
  id: r.id,
  status: r.status,
  number: r.number,
  draft: ContractDraftSchema.parse(JSON.parse(r.draft_json)),
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  numberedAt: r.numbered_at,
  filedOn: r.filed_on,
  activeOn: r.active_on,
  terminatedOn: r.terminated_on,
  terminationReason: r.termination_reason,
});

/** A contract whose term has run out shows as expired unless it was terminated first. */
export function statusOn(record: Pick<ContractRecord, 'status' | 'draft'>, date: string): ContractStatus {
  const live = record.status === 'numbered' || record.status === 'filed' || record.status === 'active';
  return live && record.draft.endDate < date ? 'expired' : record.status;
}

function writeIndexes(db: Database.Database, id: number, draft: ContractDraft): void {
  db.prepare(`DELETE FROM contract_households WHERE contract_id = ?`).run(id);
  db.prepare(`DELETE FROM contract_parcels WHERE contract_id = ?`).run(id);
  const insHousehold = db.prepare(`INSERT OR IGNORE INTO contract_households (contract_id, household_id) VALUES (?, ?)`);
  for (const h of draft.transferorHouseholdIds) insHousehold.run(id, h);
  const parcel = db.prepare(`SELECT code, group_code FROM parcels WHERE fid = ?`);
  const insParcel = db.prepare(
    `INSERT OR IGNORE INTO contract_parcels (contract_id, parcel_fid, parcel_code, group_code, area_m2) VALUES (?, ?, ?, ?, ?)`,
  );
  for (const p of draft.parcels) {
    const row = parcel.get(p.parcelId) as { code: string; group_code: string | null } | undefined;
    if (!row) throw new ContractError('not_found', `地块 ${p.parcelId} 不存在`, 'draft.parcels');
    insParcel.run(id, p.parcelId, row.code, row.group_code, p.areaM2);
  }
}

function insertDraft(db: Database.Database, now: string, draft: ContractDraft, actor: string): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO contracts (status, mode, transferee_party_id, start_date, end_date, retransfer_of, draft_json, created_at, created_by, updated_at)
       VALUES ('draft', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(draft.mode, draft.transfereePartyId, draft.startDate, draft.endDate, draft.retransfer?.of ?? null, JSON.stringify(draft), now, actor, now);
  const id = Number(lastInsertRowid);
  writeIndexes(db, id, draft);
  return id;
}

/** Saves drafts (one, or one per household of a split) in one audited transaction; returns their ids. */
export function createDrafts(project: Project, drafts: readonly ContractDraft[], actor: string): number[] {
  return project.write(actor, ({ db, now, audit }) =>
    drafts.map((draft) => {
      const id = insertDraft(db, now, draft, actor);
      audit({ action: 'create', entity: 'contract', entityId: String(id), after: draft });
      return id;
    }),
  );
}

export function getContract(project: Project, id: number): ContractRecord | null {
  const row = project.db.prepare(`SELECT * FROM contracts WHERE id = ?`).get(id) as Row | undefined;
  return row ? toRecord(row) : null;
}

export function requireContract(project: Project, id: number): ContractRecord {
  const record = getContract(project, id);
  if (!record) throw new ContractError('not_found', `合同 ${id} 不存在`, 'id');
  return record;
}

function requireDraft(project: Project, id: number, doing: string): ContractRecord {
  const record = requireContract(project, id);
  if (record.status !== 'draft') throw new ContractError('refused', `合同 ${record.number ?? id} 已编号（${record.status}），不能${doing}`, 'id');
  return record;
}

export function updateDraft(project: Project, id: number, draft: ContractDraft, actor: string): void {
  project.write(actor, ({ db, now, audit }) => {
    const before = requireDraft(project, id, '修改草稿');
    db.prepare(
      `UPDATE contracts SET mode = ?, transferee_party_id = ?, start_date = ?, end_date = ?, retransfer_of = ?, draft_json = ?, updated_at = ? WHERE id = ?`,
    ).run(
      draft.mode,
      draft.transfereePartyId,
      draft.startDate,
      draft.endDate,
      draft.retransfer?.of ?? null,
      JSON.stringify(draft),
      now,
      id,
    );
    writeIndexes(db, id, draft);
    audit({ action: 'update', entity: 'contract', entityId: String(id), before: before.draft, after: draft });
  });
}

export function deleteDraft(project: Project, id: number, actor: string): void {
  project.write(actor, ({ db, audit }) => {
    const before = requireDraft(project, id, '删除');
    const passedOn = db.prepare(`SELECT id FROM contracts WHERE retransfer_of = ? ORDER BY id`).pluck().all(id) as number[];
    if (passedOn.length > 0) throw new ContractError('refused', `合同草稿 ${id} 是再流转合同 ${passedOn.join('、')} 所依据的原合同，不能删除`, 'id');
    db.prepare(`DELETE FROM contracts WHERE id = ?`).run(id);
    audit({ action: 'delete', entity: 'contract', entityId: String(id), before: before.draft });
  });
}

export function listContracts(project: Project, filter: ContractFilter = {}): ContractRecord[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (filter.status) where.push('c.status = ?'), args.push(filter.status);
  if (filter.transfereePartyId) where.push('c.transferee_party_id = ?'), args.push(filter.transfereePartyId);
  if (filter.householdId) {
    where.push('EXISTS (SELECT 1 FROM contract_households ch WHERE ch.contract_id = c.id AND ch.household_id = ?)');
    args.push(filter.householdId);
  }
  if (filter.villageCode) {
    where.push('EXISTS (SELECT 1 FROM contract_parcels cp WHERE cp.contract_id = c.id AND substr(cp.parcel_code, 1, 12) = ?)');
    args.push(filter.villageCode);
  }
  if (filter.townCode) {
    // Parcel codes are county (6) + town (3) + …; a 3-digit code matches the township part only.
    const [from, len] = filter.townCode.length === 3 ? [7, 3] : [1, filter.townCode.length];
    where.push(`EXISTS (SELECT 1 FROM contract_parcels cp WHERE cp.contract_id = c.id AND substr(cp.parcel_code, ${from}, ${len}) = ?)`);
    args.push(filter.townCode);
  }
  const sql = `SELECT c.* FROM contracts c ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.number IS NULL, c.number, c.id`;
  return (project.db.prepare(sql).all(...args) as Row[]).map(toRecord);
}

export interface NumberPlan {
  /** The counter the serial comes from (e.g. county + year + township). */
  scope: string;
  format(serial: number): string;
}

/**
 * Gives a draft the next number of its scope in one transaction. `plan` runs inside it and may throw to
 * refuse (a draft with error findings). Counters only go up, so deleted, terminated or revoked contracts
 * never give their numbers back.
 */
export function assignNumber(project: Project, id: number, on: string, actor: string, plan: (record: ContractRecord) => NumberPlan): ContractRecord {
  return project.write(actor, (scope) => assignNumberIn(scope, project, id, on, plan));
}

/** Numbering as one part of a larger write (a case step that stands for it): the caller's transaction, its audit. */
export function assignNumberIn(writeScope: WriteScope, project: Project, id: number, on: string, plan: (record: ContractRecord) => NumberPlan): ContractRecord {
  const { db, now, audit } = writeScope;
  const record = requireDraft(project, id, '再次编号');
  const { scope, format } = plan(record);
  enterForce(writeScope, project, record, 'numbered', on);
  const next = db.prepare(
    `INSERT INTO contract_number_counters (scope, last_serial) VALUES (?, 1)
     ON CONFLICT (scope) DO UPDATE SET last_serial = last_serial + 1 RETURNING last_serial`,
  );
  // A number revoked in error stays retired too (contract_corrections).
  const taken = db.prepare(`SELECT 1 FROM contracts WHERE number = ? UNION ALL SELECT 1 FROM contract_corrections WHERE number_revoked = ?`);
  let number: string;
  do number = format((next.get(scope) as { last_serial: number }).last_serial);
  while (taken.get(number, number));
  db.prepare(`UPDATE contracts SET status = 'numbered', number = ?, number_scope = ?, numbered_at = ?, updated_at = ? WHERE id = ?`).run(
    number,
    scope,
    on,
    now,
    id,
  );
  audit({ action: 'number', entity: 'contract', entityId: String(id), before: { status: 'draft' }, after: { status: 'numbered', number, scope } });
  return requireContract(project, id);
}

/** The status changes after numbering: filing (备案), taking effect, termination (with its reason). */
const TRANSITIONS: Partial<Record<ContractStatus, readonly ContractStatus[]>> = {
  numbered: ['filed', 'terminated'],
  filed: ['active', 'terminated'],
  active: ['terminated'],
};

export function setContractStatus(
  project: Project,
  id: number,
  to: 'filed' | 'active' | 'terminated',
  date: string,
  reason: string | null,
  actor: string,
): ContractRecord {
  return project.write(actor, (scope) => setContractStatusIn(scope, project, id, to, date, reason));
}

/** A status change as one part of a larger write (a case step that stands for it): the caller's transaction, its audit. */
export function setContractStatusIn(
  writeScope: WriteScope,
  project: Project,
  id: number,
  to: 'filed' | 'active' | 'terminated',
  date: string,
  reason: string | null,
): ContractRecord {
  const record = requireContract(project, id);
  if (!TRANSITIONS[record.status]?.includes(to)) {
    const allowed = TRANSITIONS[record.status]?.join('、') || '无';
    throw new ContractError('refused', `合同 ${record.number ?? id} 当前状态为 ${record.status}，不能改为 ${to}（可改为：${allowed}）`, 'status');
  }
  if (to === 'terminated' && !reason?.trim()) throw new ContractError('bad_input', '终止合同须写明终止原因', 'reason');
  if (to !== 'terminated') enterForce(writeScope, project, record, to, date);
  const { db, now, audit } = writeScope;
  const column = { filed: 'filed_on', active: 'active_on', terminated: 'terminated_on' }[to];
  db.prepare(`UPDATE contracts SET status = ?, ${column} = ?, termination_reason = coalesce(?, termination_reason), updated_at = ? WHERE id = ?`).run(
    to,
    date,
    to === 'terminated' ? reason!.trim() : null,
    now,
    id,
  );
  audit({ action: 'status', entity: 'contract', entityId: String(id), before: { status: record.status }, after: { status: to, date, reason } });
  return requireContract(project, id);
}
