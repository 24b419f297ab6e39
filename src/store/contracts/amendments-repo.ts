import type Database from 'better-sqlite3';
import {
  AmendmentChangesSchema,
  amendmentText,
  type AmendmentChanges,
  type AmendmentKind,
  type ContractAmendment,
} from '../../domain/contract/contract-amendment';
import type { WriteScope } from '../project';

/**
 * Recorded amendments (变更, migration 7). Recording one moves the contract's current parcels
 * (contract_parcels) from the parcels the edit took away to those it made; the signed table is untouched.
 */

interface Row {
  id: number;
  contract_id: number;
  amendment_no: number;
  edit_id: number;
  kind: AmendmentKind;
  amended_on: string;
  reason: string;
  changes_json: string;
  recorded_at: string;
  recorded_by: string;
}

const toAmendment = (r: Row): ContractAmendment => {
  const changes = AmendmentChangesSchema.parse(JSON.parse(r.changes_json));
  return {
    id: r.id,
    contractId: r.contract_id,
    no: r.amendment_no,
    editId: r.edit_id,
    kind: r.kind,
    amendedOn: r.amended_on,
    reason: r.reason,
    changes,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    text: amendmentText(r.kind, changes),
  };
};

export interface NewAmendment {
  contractId: number;
  editId: number;
  kind: AmendmentKind;
  amendedOn: string;
  reason: string;
  changes: AmendmentChanges;
}

export function recordAmendment({ db, now, audit }: WriteScope, amendment: NewAmendment, actor: string): ContractAmendment {
  const { contractId, changes } = amendment;
  const no = (db.prepare(`SELECT coalesce(max(amendment_no), 0) + 1 AS n FROM contract_amendments WHERE contract_id = ?`).get(contractId) as { n: number }).n;
  const id = Number(
    db
      .prepare(
        `INSERT INTO contract_amendments (contract_id, amendment_no, edit_id, kind, amended_on, reason, changes_json, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(contractId, no, amendment.editId, amendment.kind, amendment.amendedOn, amendment.reason.trim(), JSON.stringify(changes), now, actor).lastInsertRowid,
  );
  const drop = db.prepare(`DELETE FROM contract_parcels WHERE contract_id = ? AND parcel_fid = ?`);
  for (const f of changes.from) drop.run(contractId, f.id);
  const add = db.prepare(
    `INSERT INTO contract_parcels (contract_id, parcel_fid, parcel_code, group_code, area_m2)
     SELECT ?, fid, code, group_code, ? FROM parcels WHERE fid = ?`,
  );
  for (const t of changes.to) add.run(contractId, t.leasedAreaM2, t.id);
  const recorded = toAmendment(db.prepare(`SELECT * FROM contract_amendments WHERE id = ?`).get(id) as Row);
  audit({ action: 'amend', entity: 'contract', entityId: String(contractId), before: { parcels: changes.from }, after: recorded });
  return recorded;
}

export const amendmentsOf = (db: Database.Database, contractId: number): ContractAmendment[] =>
  (db.prepare(`SELECT * FROM contract_amendments WHERE contract_id = ? ORDER BY amendment_no`).all(contractId) as Row[]).map(toAmendment);

/** The amendment an edit was made as, if any: its edit cannot be undone. */
export function amendmentOfEdit(db: Database.Database, editId: number): { contractId: number; no: number; number: string | null } | null {
  const row = db
    .prepare(`SELECT a.contract_id, a.amendment_no, c.number FROM contract_amendments a JOIN contracts c ON c.id = a.contract_id WHERE a.edit_id = ?`)
    .get(editId) as { contract_id: number; amendment_no: number; number: string | null } | undefined;
  return row ? { contractId: row.contract_id, no: row.amendment_no, number: row.number } : null;
}
