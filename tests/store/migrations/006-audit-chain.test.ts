import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/store/audit-verify';
import { LATEST_SCHEMA_VERSION } from '../../../src/store/migrations';
import { Project } from '../../../src/store/project';
import { tempFile } from '../fixtures';

/**
 * A file as LandLink left it at schema 5: the audit log without the chain columns or a recorded head, and
 * `legacy` rows written by the old insert (more than one sealing batch).
 */
function schema5File(legacy: number): string {
  const file = tempFile();
  Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester').close();
  const db = new Database(file);
  db.exec(`ALTER TABLE audit_log DROP COLUMN prev_hash; ALTER TABLE audit_log DROP COLUMN hash;
           DELETE FROM landlink_meta WHERE key = 'audit_chain_head'; DELETE FROM landlink_migrations WHERE version > 5;`);
  const insert = db.prepare(`INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const start = Date.now();
  db.transaction(() => {
    for (let i = 0; i < legacy; i++) insert.run(new Date(start + i * 1000).toISOString(), '李四', 'update', 'parcel', String(i), null, JSON.stringify({ i }));
  })();
  db.close();
  return file;
}

const contentOf = (db: Database.Database) =>
  db.prepare(`SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log ORDER BY id`).all();

describe('migration 6 (audit chain)', () => {
  it('seals every row of a schema-5 file in id order, unchanged, so the file verifies after migrating', () => {
    const file = schema5File(12_000);
    const before = new Database(file, { readonly: true });
    const rows = contentOf(before);
    before.close();

    const project = Project.open(file, 'tester');
    expect(project.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(contentOf(project.db).slice(0, rows.length)).toEqual(rows);
    // The rows as they were, the migration's own row after them, all one chain.
    expect(verifyAuditChain(project.db)).toMatchObject({ ok: true, rows: rows.length + 1, head: { id: rows.length + 1 } });
    const unsealed = project.db.prepare(`SELECT count(*) FROM audit_log WHERE hash IS NULL OR prev_hash IS NULL`).pluck().get();
    expect(unsealed).toBe(0);
    project.close();
  });

  it('leaves a gap the old file already had for verification to report', () => {
    const file = schema5File(10);
    const db = new Database(file);
    db.exec(`DELETE FROM audit_log WHERE id = 5`);
    db.close();
    const project = Project.open(file, 'tester');
    expect(verifyAuditChain(project.db)).toMatchObject({ ok: false, finding: { id: 5, problem: 'row_missing' } });
    project.close();
  });
});
