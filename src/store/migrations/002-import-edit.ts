import { rebuildFeatureTable } from '../gpkg/core';
import type { Migration } from './migration';

/**
 * Imports, map edits and basemaps. County data arrives with codes that may be malformed or repeated and
 * with groups the project does not know yet; such parcels must be stored so the data checks can show
 * them, so parcel and homestead codes lose UNIQUE and the group becomes optional. Source attributes
 * without a LandLink field are kept in attrs_json so an export gives them back.
 */
export const importEdit: Migration = {
  version: 2,
  name: 'import-edit',
  up(db) {
    db.exec(`
      CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, source TEXT NOT NULL, format TEXT NOT NULL,
        layer TEXT NOT NULL, target TEXT NOT NULL, source_srs INTEGER, encoding TEXT, swapped INTEGER NOT NULL DEFAULT 0,
        mapping_json TEXT NOT NULL, imported INTEGER NOT NULL, skipped INTEGER NOT NULL, report_json TEXT NOT NULL);
      CREATE TABLE import_layouts (
        signature TEXT PRIMARY KEY NOT NULL, target TEXT NOT NULL, fields_json TEXT NOT NULL, mapping_json TEXT NOT NULL,
        updated_at TEXT NOT NULL);
      CREATE TABLE edits (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL, layer TEXT NOT NULL,
        summary_json TEXT NOT NULL, before_json TEXT NOT NULL, after_json TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0);
      CREATE TABLE parcel_lineage (
        id INTEGER PRIMARY KEY, child_fid INTEGER NOT NULL, child_code TEXT NOT NULL, parent_fid INTEGER,
        parent_code TEXT, edit_id INTEGER REFERENCES edits(id), import_batch_id INTEGER REFERENCES import_batches(id),
        kind TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL);
      CREATE INDEX parcel_lineage_child ON parcel_lineage(child_fid);
      CREATE INDEX parcel_lineage_parent ON parcel_lineage(parent_fid);
      CREATE TABLE basemaps (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL UNIQUE, kind TEXT NOT NULL CHECK (kind IN ('raster','vector')),
        tile_format TEXT NOT NULL, min_zoom INTEGER NOT NULL, max_zoom INTEGER NOT NULL, bounds_json TEXT,
        attribution TEXT, added_at TEXT NOT NULL, selected INTEGER NOT NULL DEFAULT 0);
    `);
    rebuildFeatureTable(
      db,
      'parcels',
      `code TEXT NOT NULL, name TEXT NOT NULL,
        household_id INTEGER REFERENCES households(id), contract_code TEXT,
        group_code TEXT REFERENCES village_groups(code), land_class TEXT NOT NULL, quality_grade INTEGER,
        basic_farmland INTEGER NOT NULL DEFAULT 0, registered_area_m2 REAL, ellipsoid_area_m2 REAL NOT NULL,
        planar_area_m2 REAL, attrs_json TEXT, import_batch_id INTEGER REFERENCES import_batches(id)`,
      `code, name, household_id, contract_code, group_code, land_class, quality_grade, basic_farmland,
        registered_area_m2, ellipsoid_area_m2, planar_area_m2`,
    );
    rebuildFeatureTable(
      db,
      'homesteads',
      `code TEXT NOT NULL, household_id INTEGER REFERENCES households(id),
        group_code TEXT REFERENCES village_groups(code), registered_area_m2 REAL,
        ellipsoid_area_m2 REAL NOT NULL, planar_area_m2 REAL, attrs_json TEXT,
        import_batch_id INTEGER REFERENCES import_batches(id)`,
      `code, household_id, group_code, registered_area_m2, ellipsoid_area_m2, planar_area_m2`,
    );
    rebuildFeatureTable(
      db,
      'basic_farmland',
      `code TEXT NOT NULL, ellipsoid_area_m2 REAL NOT NULL, planar_area_m2 REAL, attrs_json TEXT,
        import_batch_id INTEGER REFERENCES import_batches(id)`,
      `code, ellipsoid_area_m2, planar_area_m2`,
    );
    db.exec(`
      CREATE INDEX parcels_code ON parcels(code);
      CREATE INDEX parcels_contract_code ON parcels(contract_code);
      CREATE INDEX parcels_household ON parcels(household_id);
      CREATE INDEX parcels_group ON parcels(group_code);
      CREATE INDEX homesteads_code ON homesteads(code);
      CREATE INDEX basic_farmland_code ON basic_farmland(code);
    `);
  },
};
