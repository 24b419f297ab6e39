import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/store/audit-verify';
import { registerGpkgFunctions } from '../../../src/store/gpkg/core';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/store/migrations';
import { Project } from '../../../src/store/project';
import { tempFile } from '../fixtures';

/** A project written by the first schema version, kept as that version wrote it. */
const V1 = fileURLToPath(new URL('../../fixtures/schema-v1.gpkg', import.meta.url));

/** A file as LandLink left it at schema 5: the first version's file brought up by migrations 2 to 5. */
function schema5File(): string {
  const file = tempFile();
  copyFileSync(V1, file);
  const db = new Database(file);
  registerGpkgFunctions(db);
  const record = db.prepare(`INSERT INTO landlink_migrations (version, name, applied_at) VALUES (?, ?, '2026-01-01T00:00:00.000Z')`);
  for (const m of MIGRATIONS.filter((m) => m.version >= 2 && m.version <= 5)) {
    m.up(db, { srsId: 4527 });
    record.run(m.version, m.name);
  }
  db.close();
  return file;
}

/** A file of the latest schema but for the audit chain, as if migration 6 had landed after the others. */
function latestWithoutChain(): string {
  const file = tempFile();
  Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester').close();
  const db = new Database(file);
  db.exec(`ALTER TABLE audit_log DROP COLUMN prev_hash; ALTER TABLE audit_log DROP COLUMN hash;
           DELETE FROM landlink_meta WHERE key = 'audit_chain_head'; DELETE FROM landlink_migrations WHERE version = 6;`);
  db.close();
  return file;
}

/** `file` with `legacy` more audit rows written by the old insert, without the chain columns. */
function unchainedFile(legacy: number, file = latestWithoutChain()): string {
  const db = new Database(file);
  const insert = db.prepare(`INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  // After the rows the file already has.
  const start = Date.parse(db.prepare(`SELECT max(at) FROM audit_log`).pluck().get() as string) + 1000;
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
    const file = unchainedFile(12_000, schema5File());
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
