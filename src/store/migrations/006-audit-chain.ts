import type Database from 'better-sqlite3';
import { auditRowHash, GENESIS_HASH } from '../audit-hash';
import { writeRecordedHead } from '../audit-recorded-head';
import type { Migration } from './migration';

/** Rows sealed per read; a county file may hold millions, which must not all sit in memory at once. */
const BATCH = 5_000;

interface LegacyRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}

/**
 * The audit log becomes a hash chain (`store/audit.ts`): every row gets `prev_hash` and `hash`, and the
 * rows already in the file are sealed as they stand, in id order, so a file from the field verifies after
 * migrating. Sealing vouches only for what the file held at this moment; changes made to it before are
 * beyond the chain's reach. A file created by this version has the columns from the start (its first row
 * is sealed on creation), so they are added only where missing; sealing again yields the same hashes.
 */
export const auditChain: Migration = {
  version: 6,
  name: 'audit-chain',
  up(db) {
    const columns = db.prepare(`SELECT name FROM pragma_table_info('audit_log')`).pluck().all() as string[];
    if (!columns.includes('hash')) db.exec(`ALTER TABLE audit_log ADD COLUMN prev_hash TEXT; ALTER TABLE audit_log ADD COLUMN hash TEXT;`);
    sealAll(db);
  },
};

function sealAll(db: Database.Database): void {
  const read = db.prepare(`SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log WHERE id > ? ORDER BY id LIMIT ${BATCH}`);
  const seal = db.prepare(`UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?`);
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  for (;;) {
    const rows = read.all(lastId) as LegacyRow[];
    for (const r of rows) {
      const hash = auditRowHash(prevHash, {
        id: r.id,
        at: r.at,
        actor: r.actor,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        beforeJson: r.before_json,
        afterJson: r.after_json,
      });
      seal.run(prevHash, hash, r.id);
      prevHash = hash;
      lastId = r.id;
    }
    if (rows.length < BATCH) break;
  }
  if (lastId > 0) writeRecordedHead(db, { id: lastId, hash: prevHash });
}
