import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/store/migrations';
import { Project } from '../../../src/store/project';
import { tempFile } from '../fixtures';

/** A project written by the first schema version, kept as that version wrote it. */
const V1 = fileURLToPath(new URL('../../fixtures/schema-v1.gpkg', import.meta.url));

/** The schema as any reader sees it, table by table: columns, indexes, foreign keys, triggers, GeoPackage registers. */
function schemaOf(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const objects = db.prepare(`SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`).all() as { type: string; name: string; tbl_name: string }[];
    const tables = objects.filter((o) => o.type === 'table').map((o) => o.name);
    return {
      objects: objects.map((o) => `${o.type} ${o.name} on ${o.tbl_name}`),
      columns: Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid`).all(t)])),
      foreignKeys: Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?) ORDER BY id, seq`).all(t)])),
      indexes: Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT name, "unique", (SELECT group_concat(name) FROM pragma_index_info(il.name)) AS cols FROM pragma_index_list(?) il ORDER BY name`).all(t)])),
      // Trigger text up to whitespace, which the code that writes it has reindented over the versions.
      triggers: (db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).all() as { name: string; sql: string }[]).map((t) => ({ ...t, sql: t.sql.replace(/\s+/g, ' ') })),
      contents: db.prepare(`SELECT table_name, data_type, identifier, srs_id FROM gpkg_contents ORDER BY table_name`).all(),
      geometryColumns: db.prepare(`SELECT * FROM gpkg_geometry_columns ORDER BY table_name`).all(),
      extensions: db.prepare(`SELECT * FROM gpkg_extensions ORDER BY table_name, column_name, extension_name`).all(),
      srs: db.prepare(`SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id`).pluck().all(),
      migrations: db.prepare(`SELECT version, name FROM landlink_migrations ORDER BY version`).all(),
      metaKeys: db.prepare(`SELECT key FROM landlink_meta WHERE key NOT IN ('name', 'audit_chain_head') ORDER BY key`).pluck().all(),
    };
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('bring a project written by the first schema version to the same schema as a new project, table by table', () => {
    const migrated = tempFile('v1.gpkg');
    copyFileSync(V1, migrated);
    const opened = Project.open(migrated, 'tester');
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    opened.close();
    const fresh = tempFile('fresh.gpkg');
    Project.create(fresh, { name: 'fresh', srsId: 4527, synthetic: false }, 'tester').close();
    expect(schemaOf(migrated)).toEqual(schemaOf(fresh));
  });
});
