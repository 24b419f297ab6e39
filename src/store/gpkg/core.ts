import type Database from 'better-sqlite3';
import { ogcWkt } from '../../geo/crs-wkt';
import { srsName } from '../../geo/crs';
import { blobEnvelope } from './geometry-blob';

/** GeoPackage 1.2 core: application id, version, the three required metadata tables (OGC 12-128r15). */

export const GPKG_APPLICATION_ID = 0x47504b47; // 'GPKG'
export const GPKG_USER_VERSION = 10200;

const CORE_DDL = `
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
`;

/** Creates the GeoPackage core in an empty database, with WGS 84 and CGCS2000 registered. */
export function createGpkgCore(db: Database.Database): void {
  db.pragma(`application_id = ${GPKG_APPLICATION_ID}`);
  db.pragma(`user_version = ${GPKG_USER_VERSION}`);
  db.exec(CORE_DDL);
  ensureSrs(db, 4326);
  ensureSrs(db, 4490);
}

export function isGpkg(db: Database.Database): boolean {
  return db.pragma('application_id', { simple: true }) === GPKG_APPLICATION_ID;
}

export function ensureSrs(db: Database.Database, srsId: number): void {
  db.prepare(
    `INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description)
     VALUES (?, ?, 'EPSG', ?, ?, NULL)`,
  ).run(srsName(srsId), srsId, srsId, ogcWkt(srsId));
}

/**
 * The SQL functions the R-tree triggers call. SQLite needs them on every connection that writes
 * a feature table, so the store registers them whenever it opens a project.
 */
export function registerGpkgFunctions(db: Database.Database): void {
  const env = (pick: (e: ReturnType<typeof blobEnvelope>) => number) => (blob: unknown) =>
    blob instanceof Uint8Array ? pick(blobEnvelope(blob)) : null;
  const opts = { deterministic: true, directOnly: false } as const;
  db.function('ST_MinX', opts, env((e) => e.minX));
  db.function('ST_MaxX', opts, env((e) => e.maxX));
  db.function('ST_MinY', opts, env((e) => e.minY));
  db.function('ST_MaxY', opts, env((e) => e.maxY));
  db.function('ST_IsEmpty', opts, (blob: unknown) => (blob instanceof Uint8Array ? (blobEnvelope(blob).empty ? 1 : 0) : null));
}

export interface FeatureTableSpec {
  table: string;
  /** Column definitions after `fid` and `geom`. */
  columns: string;
  identifier: string;
  description: string;
  srsId: number;
}

/** A feature table with a MULTIPOLYGON column and the spec's R-tree index and triggers. */
export function createFeatureTable(db: Database.Database, spec: FeatureTableSpec): void {
  const { table: t, srsId } = spec;
  ensureSrs(db, srsId);
  db.exec(`CREATE TABLE "${t}" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON${spec.columns.trim() ? `, ${spec.columns}` : ''})`);
  db.prepare(
    `INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES (?, 'features', ?, ?, ?)`,
  ).run(t, spec.identifier, spec.description, srsId);
  db.prepare(`INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'MULTIPOLYGON', ?, 0, 0)`).run(t, srsId);
  db.prepare(
    `INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')`,
  ).run(t);
  createRtreeIndex(db, t);
}

/** The six triggers of the spec's R-tree on `geom` (GeoPackage 1.2 F.3), by name suffix. */
function rtreeTriggers(t: string): Record<string, string> {
  const r = `rtree_${t}_geom`;
  const bounds = `NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)`;
  return {
    insert: `CREATE TRIGGER "${r}_insert" AFTER INSERT ON "${t}" WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
      BEGIN INSERT OR REPLACE INTO "${r}" VALUES (${bounds}); END`,
    update1: `CREATE TRIGGER "${r}_update1" AFTER UPDATE OF geom ON "${t}"
      WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
      BEGIN INSERT OR REPLACE INTO "${r}" VALUES (${bounds}); END`,
    update2: `CREATE TRIGGER "${r}_update2" AFTER UPDATE OF geom ON "${t}"
      WHEN OLD.fid = NEW.fid AND (NEW.geom IS NULL OR ST_IsEmpty(NEW.geom))
      BEGIN DELETE FROM "${r}" WHERE id = OLD.fid; END`,
    update3: `CREATE TRIGGER "${r}_update3" AFTER UPDATE ON "${t}"
      WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
      BEGIN DELETE FROM "${r}" WHERE id = OLD.fid; INSERT OR REPLACE INTO "${r}" VALUES (${bounds}); END`,
    update4: `CREATE TRIGGER "${r}_update4" AFTER UPDATE ON "${t}"
      WHEN OLD.fid != NEW.fid AND (NEW.geom IS NULL OR ST_IsEmpty(NEW.geom))
      BEGIN DELETE FROM "${r}" WHERE id IN (OLD.fid, NEW.fid); END`,
    delete: `CREATE TRIGGER "${r}_delete" AFTER DELETE ON "${t}" WHEN old.geom NOT NULL
      BEGIN DELETE FROM "${r}" WHERE id = OLD.fid; END`,
  };
}

/** The spec's R-tree on `geom` and its six triggers. */
export function createRtreeIndex(db: Database.Database, t: string, withTable = true): void {
  if (withTable) db.exec(`CREATE VIRTUAL TABLE "rtree_${t}_geom" USING rtree(id, minx, maxx, miny, maxy)`);
  for (const sql of Object.values(rtreeTriggers(t))) db.exec(sql);
}

/**
 * For bulk inserts inside one transaction: drops the insert trigger (which calls back into JS four
 * times a row) so the caller can fill the R-tree itself from envelopes it already has; the returned
 * function puts the trigger back. A rollback restores it too, DDL being transactional.
 */
export function suspendRtreeInsertTrigger(db: Database.Database, t: string): { insert(fid: number, e: { minX: number; maxX: number; minY: number; maxY: number }): void; resume(): void } {
  db.exec(`DROP TRIGGER "rtree_${t}_geom_insert"`);
  const ins = db.prepare(`INSERT INTO "rtree_${t}_geom" VALUES (?, ?, ?, ?, ?)`);
  return {
    insert: (fid, e) => void ins.run(fid, e.minX, e.maxX, e.minY, e.maxY),
    resume: () => db.exec(rtreeTriggers(t).insert!),
  };
}


/**
 * Rebuilds a feature table with new column definitions (SQLite cannot relax NOT NULL or UNIQUE in
 * place), keeping every fid so the R-tree stays valid. Call inside a transaction.
 */
export function rebuildFeatureTable(db: Database.Database, t: string, columns: string, copy: string): void {
  for (const s of Object.keys(rtreeTriggers(t))) db.exec(`DROP TRIGGER IF EXISTS "rtree_${t}_geom_${s}"`);
  db.exec(`CREATE TABLE "${t}__new" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON, ${columns});
           INSERT INTO "${t}__new" (fid, geom, ${copy}) SELECT fid, geom, ${copy} FROM "${t}";
           DROP TABLE "${t}";
           ALTER TABLE "${t}__new" RENAME TO "${t}";`);
  createRtreeIndex(db, t, false);
}

/** Refreshes a feature table's extent in gpkg_contents after a write. */
export function refreshExtent(db: Database.Database, table: string): void {
  db.prepare(
    `UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'),
       min_x = (SELECT min(minx) FROM "rtree_${table}_geom"), max_x = (SELECT max(maxx) FROM "rtree_${table}_geom"),
       min_y = (SELECT min(miny) FROM "rtree_${table}_geom"), max_y = (SELECT max(maxy) FROM "rtree_${table}_geom")
     WHERE table_name = ?`,
  ).run(table);
}
