import type Database from 'better-sqlite3';
import type { AuditChainHead } from '../domain/audit-chain';
import { auditRowHash, GENESIS_HASH } from './audit-hash';
import { readRecordedHead, writeRecordedHead } from './audit-recorded-head';
import { cachedStatement } from './statement-cache';

/**
 * The audit log is a hash chain. Invariants every store keeps (the SQLite one here, by `insertAudit`;
 * `verifyAuditChain` checks them):
 * - ids run 1, 2, 3, … without gaps, and rows are only ever appended;
 * - `at` never goes backwards from one row to the next;
 * - `prev_hash` is the previous row's `hash` (64 zeros for row 1), and `hash` is SHA-256 over the row's
 *   canonical encoding (`audit-hash.ts`) with `prev_hash`;
 * - the recorded head (`audit-recorded-head.ts`) is the last row's id and hash.
 */

/** The form of every stamp LandLink writes (`Date.toISOString`). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/**
 * Appends one row to the chain, inside the caller's transaction, so a rolled-back savepoint takes its row
 * and the moved head with it; the head is read from the file each time because a cache on the connection
 * would outlive such a rollback. Two indexed reads and two writes per row.
 */
export function insertAudit(
  db: Database.Database,
  at: string,
  row: { actor: string; action: string; entity: string; entityId: string | null; before: unknown; after: unknown },
): void {
  const last = cachedStatement(db, `SELECT id, at FROM audit_log ORDER BY id DESC LIMIT 1`).get() as { id: number; at: unknown } | undefined;
  const sealed = readRecordedHead(db);
  const fields = {
    id: (last?.id ?? 0) + 1,
    // A clock stepped back (an NTP correction) would otherwise read as a back-dated row ever after. Stamps
    // of this one form order as text; anything else in the last row is verification's business, not copied.
    at: typeof last?.at === 'string' && ISO_INSTANT.test(last.at) && last.at > at ? last.at : at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    beforeJson: row.before === undefined ? null : JSON.stringify(row.before),
    afterJson: row.after === undefined ? null : JSON.stringify(row.after),
  };
  const prevHash = sealed?.hash ?? GENESIS_HASH;
  const hash = auditRowHash(prevHash, fields);
  cachedStatement(
    db,
    `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(fields.id, fields.at, fields.actor, fields.action, fields.entity, fields.entityId, fields.beforeJson, fields.afterJson, prevHash, hash);
  writeRecordedHead(db, { id: fields.id, hash });
}

export function listAudit(db: Database.Database, limit: number): AuditRow[] {
  const rows = db
    .prepare(`SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log ORDER BY id DESC LIMIT ?`)
    .all(limit) as { id: number; at: string; actor: string; action: string; entity: string; entity_id: string | null; before_json: string | null; after_json: string | null }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  }));
}

/** The last row of the log: one read down the rowid index, cheap enough for every `project.info`. */
export function auditChainHead(db: Database.Database): AuditChainHead | null {
  const row = cachedStatement(db, `SELECT id, at, hash FROM audit_log ORDER BY id DESC LIMIT 1`).get() as { id: number; at: unknown; hash: unknown } | undefined;
  if (row === undefined) return null;
  // Rows written behind LandLink's back may hold anything; the head still shows what is there.
  return { id: row.id, at: String(row.at), hash: row.hash === null ? '' : String(row.hash) };
}

/** Rows in the log; a scan, so for `landlink info` and not for the screen's re-reads. */
export function auditRowCount(db: Database.Database): number {
  return db.prepare(`SELECT count(*) FROM audit_log`).pluck().get() as number;
}
