import type { AreaGeometry } from '../../domain/geometry';
import { EditRefused } from '../../geo/edit/edit-refused';
import { refreshExtent } from '../gpkg/core';
import type { AmendmentRequest } from '../../domain/contract/contract-amendment';
import { amendmentChanges } from '../../domain/contract/contract-amendment';
import { amendmentOfEdit, recordAmendment } from '../contracts/amendments-repo';
import type { Project } from '../project';
import { heldParcels, requireEditAllowed } from './encumbrances';
import { deleteParcels, geometryColumns, insertParcel, restoreParcels, snapshotParcels, updateParcelGeometry, type ParcelSnapshot } from './parcel-rows';

/**
 * The edit log: each map edit is one transaction that records the full rows it removed or changed
 * (before) and created or changed (after), so undo and redo can put back the same fids and bytes.
 * Undone edits form the redo stack until a new edit discards it.
 */

export type EditKind = 'split' | 'merge' | 'reshape' | 'hole' | 'create';

export interface LineageLink {
  childFid: number;
  childCode: string;
  parentFid: number | null;
  parentCode: string | null;
  kind: EditKind;
}

export interface NewParcel {
  /** Column values other than fid and the geometry-derived ones. */
  columns: Record<string, unknown>;
  geometry: AreaGeometry;
  parents: number[];
}

export interface EditChanges {
  kind: EditKind;
  removed: number[];
  reshaped: { fid: number; geometry: AreaGeometry }[];
  created: NewParcel[];
  /** What the edit list shows, e.g. codes and areas. */
  summary: Record<string, unknown>;
}

export interface CommittedEdit {
  editId: number;
  createdFids: number[];
}

/** One summary line of the log; `undone` edits are the redo stack. */
export interface EditEntry {
  id: number;
  at: string;
  actor: string;
  kind: EditKind;
  summary: Record<string, unknown>;
  undone: boolean;
}

interface EditRow {
  id: number;
  at: string;
  actor: string;
  kind: EditKind;
  summary_json: string;
  before_json: string;
  after_json: string;
  undone: number;
}

const codesOf = (rows: readonly ParcelSnapshot[]) => rows.map((r) => ({ fid: r.fid, code: r.code, ellipsoidM2: r.ellipsoid_area_m2 }));

/**
 * Makes an edit in one transaction. Parcels something rests on (a contract in force, a linkage parcel)
 * are refused unless `amendment` makes the edit a recorded amendment of their contract (see encumbrances).
 */
export function commitEdit(project: Project, actor: string, changes: EditChanges, amendment: AmendmentRequest | null = null): CommittedEdit {
  const srsId = project.meta.srsId;
  return project.write(actor, (scope) => {
    const { db, audit } = scope;
    const touched = [...changes.removed, ...changes.reshaped.map((r) => r.fid)];
    if (changes.kind === 'create' && amendment) throw new EditRefused('变更不适用：新画的地块不在任何合同中');
    requireEditAllowed(project, touched, project.today(), amendment, changes.kind);
    const held = amendment ? heldParcels(db, amendment.contractId) : null;
    const before = snapshotParcels(db, touched);
    const codeOf = new Map(before.map((r) => [r.fid as number, r.code as string]));
    deleteParcels(db, changes.removed);
    for (const r of changes.reshaped) updateParcelGeometry(db, r.fid, geometryColumns(db, r.geometry, srsId));
    const createdFids = changes.created.map((c) => insertParcel(db, { ...c.columns, ...geometryColumns(db, c.geometry, srsId) }));
    const after = snapshotParcels(db, [...changes.reshaped.map((r) => r.fid), ...createdFids]);

    const lineage: LineageLink[] = [
      ...changes.reshaped.map((r) => ({ childFid: r.fid, childCode: codeOf.get(r.fid)!, parentFid: r.fid, parentCode: codeOf.get(r.fid)!, kind: changes.kind })),
      ...changes.created.flatMap((c, i): LineageLink[] => {
        const child = { childFid: createdFids[i]!, childCode: c.columns.code as string, kind: changes.kind };
        return c.parents.length === 0
          ? [{ ...child, parentFid: null, parentCode: null }]
          : c.parents.map((p) => ({ ...child, parentFid: p, parentCode: codeOf.get(p)! }));
      }),
    ];
    db.prepare(`DELETE FROM edits WHERE undone = 1`).run();
    const at = project.now();
    const summary = { ...changes.summary, lineage };
    const editId = Number(
      db
        .prepare(`INSERT INTO edits (at, actor, kind, layer, summary_json, before_json, after_json) VALUES (?, ?, ?, 'parcels', ?, ?, ?)`)
        .run(at, actor, changes.kind, JSON.stringify(summary), JSON.stringify(before), JSON.stringify(after)).lastInsertRowid,
    );
    insertLineage(project, editId, at, actor, lineage);
    if (amendment && held && changes.kind !== 'create') {
      const parcel = (r: ParcelSnapshot) => ({ id: r.fid as number, code: r.code as string, areaM2: r.ellipsoid_area_m2 as number });
      const made = after.map((r) => {
        const i = createdFids.indexOf(r.fid as number);
        return { ...parcel(r), parents: i < 0 ? [r.fid as number] : changes.created[i]!.parents };
      });
      const recorded = recordAmendment(
        scope,
        { contractId: amendment.contractId, editId, kind: changes.kind, amendedOn: amendment.date, reason: amendment.reason, changes: amendmentChanges(held, before.map(parcel), made) },
        actor,
      );
      db.prepare(`UPDATE edits SET summary_json = ? WHERE id = ?`).run(JSON.stringify({ ...summary, amendment: { contractId: amendment.contractId, no: recorded.no } }), editId);
    }
    refreshExtent(db, 'parcels');
    audit({ action: `edit.${changes.kind}`, entity: 'parcel', entityId: String(editId), before: codesOf(before), after: codesOf(after) });
    return { editId, createdFids };
  });
}

function insertLineage(project: Project, editId: number, at: string, actor: string, links: readonly LineageLink[]): void {
  const stmt = project.db.prepare(
    `INSERT INTO parcel_lineage (child_fid, child_code, parent_fid, parent_code, edit_id, kind, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const l of links) stmt.run(l.childFid, l.childCode, l.parentFid, l.parentCode, editId, l.kind, at, actor);
}

export interface ReplayedEdit {
  editId: number;
  kind: EditKind;
  summary: Record<string, unknown>;
  /** Parcels present after the undo or redo, and those it took away. */
  restoredIds: number[];
  removedIds: number[];
}

/** Reverts the latest edit still in effect; null when there is none. */
export function undoEdit(project: Project, actor: string): ReplayedEdit | null {
  const row = project.db.prepare(`SELECT * FROM edits WHERE undone = 0 ORDER BY id DESC LIMIT 1`).get() as EditRow | undefined;
  if (!row) return null;
  return replay(project, actor, row, 'undo');
}

/** Re-applies the earliest undone edit; null when nothing was undone since the last edit. */
export function redoEdit(project: Project, actor: string): ReplayedEdit | null {
  const row = project.db.prepare(`SELECT * FROM edits WHERE undone = 1 ORDER BY id ASC LIMIT 1`).get() as EditRow | undefined;
  if (!row) return null;
  return replay(project, actor, row, 'redo');
}

function replay(project: Project, actor: string, row: EditRow, direction: 'undo' | 'redo'): ReplayedEdit {
  const stored = { before: JSON.parse(row.before_json) as ParcelSnapshot[], after: JSON.parse(row.after_json) as ParcelSnapshot[] };
  const [current, target] = direction === 'undo' ? [stored.after, stored.before] : [stored.before, stored.after];
  const summary = JSON.parse(row.summary_json) as Record<string, unknown> & { lineage: LineageLink[] };
  return project.write(actor, ({ db, audit }) => {
    const amended = amendmentOfEdit(db, row.id);
    if (amended) {
      throw new EditRefused(
        `编辑 ${row.id} 是合同 ${amended.number ?? amended.contractId} 的第 ${amended.no} 号变更，不能${direction === 'undo' ? '撤销' : '重做'}；如需恢复，请另行登记变更`,
      );
    }
    const fids = current.map((r) => r.fid as number);
    requireEditAllowed(project, fids.filter((fid) => db.prepare(`SELECT 1 FROM parcels WHERE fid = ?`).get(fid)), project.today(), null, direction);
    const now = db.prepare(`SELECT count(*) AS n FROM parcels WHERE fid = ?`);
    const live = fids.filter((fid) => (now.get(fid) as { n: number }).n > 0);
    const changed = live.length === fids.length ? current.filter((r, i) => JSON.stringify(snapshotParcels(db, [fids[i]!])[0]) !== JSON.stringify(r)) : current;
    if (changed.length > 0) {
      throw new EditRefused(`地块 ${changed.map((r) => r.code).join(', ')} changed after edit ${row.id}; ${direction} refused`);
    }
    deleteParcels(db, fids);
    restoreParcels(db, target);
    if (direction === 'undo') db.prepare(`DELETE FROM parcel_lineage WHERE edit_id = ?`).run(row.id);
    else insertLineage(project, row.id, row.at, row.actor, summary.lineage);
    db.prepare(`UPDATE edits SET undone = ? WHERE id = ?`).run(direction === 'undo' ? 1 : 0, row.id);
    refreshExtent(db, 'parcels');
    audit({ action: `edit.${direction}`, entity: 'edit', entityId: String(row.id), before: codesOf(current), after: codesOf(target) });
    return { editId: row.id, kind: row.kind, summary, restoredIds: target.map((r) => r.fid as number), removedIds: fids.filter((f) => !target.some((t) => t.fid === f)) };
  });
}

export function listEdits(project: Project, limit: number): EditEntry[] {
  const rows = project.db.prepare(`SELECT id, at, actor, kind, summary_json, undone FROM edits ORDER BY id DESC LIMIT ?`).all(limit) as EditRow[];
  return rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, kind: r.kind, summary: JSON.parse(r.summary_json), undone: r.undone === 1 }));
}
