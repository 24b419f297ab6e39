import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/store/audit-verify';
import { LATEST_SCHEMA_VERSION } from '../../../src/store/migrations';
import { Project } from '../../../src/store/project';
import { tempFile } from '../fixtures';

/** What the migrations after 6 add, dropped to take a file back to schema 5. */
const AFTER_6 = `DROP TRIGGER contracts_number_retired_update; DROP TRIGGER contracts_number_retired_insert; DROP TABLE contract_corrections;
                 DELETE FROM landlink_migrations WHERE version > 6;`;

/**
 * A file as LandLink left it before the audit chain: the log without the chain columns or a recorded head,
 * and `legacy` rows written by the old insert. `rollBack` takes it further back (to schema 5).
 */
function unchainedFile(legacy: number, rollBack = ''): string {
  const file = tempFile();
  Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester').close();
  const db = new Database(file);
  db.exec(`${rollBack} ALTER TABLE audit_log DROP COLUMN prev_hash; ALTER TABLE audit_log DROP COLUMN hash;
           DELETE FROM landlink_meta WHERE key = 'audit_chain_head'; DELETE FROM landlink_migrations WHERE version = 6;`);
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
const versions = (project: Project) => project.db.prepare(`SELECT version FROM landlink_migrations ORDER BY version`).pluck().all();

describe('migration 6 (audit chain)', () => {
  it('seals every row of a schema-5 file in id order, unchanged, so the file verifies after migrating', () => {
    // More rows than one sealing batch (5,000), so the batches must join up.
    const file = unchainedFile(12_000, AFTER_6);
    const before = new Database(file, { readonly: true });
    expect(before.prepare(`SELECT max(version) FROM landlink_migrations`).pluck().get()).toBe(5);
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

  it('runs on a file that already holds a later migration, and the chain goes on from it', () => {
    const file = unchainedFile(3);
    const before = new Database(file, { readonly: true });
    expect(before.prepare(`SELECT max(version) FROM landlink_migrations`).pluck().get()).toBe(LATEST_SCHEMA_VERSION);
    before.close();
    const project = Project.open(file, 'tester');
    expect(versions(project)).toContain(6);
    project.write('tester', ({ audit }) => audit({ action: 'note', entity: 'test', entityId: null }));
    expect(verifyAuditChain(project.db)).toMatchObject({ ok: true });
    project.close();
  });

  it('leaves a gap the old file already had for verification to report', () => {
    const file = unchainedFile(10);
    const db = new Database(file);
    db.exec(`DELETE FROM audit_log WHERE id = 5`);
    db.close();
    const project = Project.open(file, 'tester');
    expect(verifyAuditChain(project.db)).toMatchObject({ ok: false, finding: { id: 5, problem: 'row_missing' } });
    project.close();
  });
});
