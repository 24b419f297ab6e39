import { createFeatureTable } from '../gpkg/core';
import type { Migration } from './migration';

/**
 * Construction-land linkage projects (增减挂钩, issue 6). Parcels are GeoPackage feature tables so GIS
 * software can open them; the quota ledger is append-only rows of the domain's event JSON in ledger
 * order (seq), so the whole ledger can be re-checked by the domain's invariants. Scenarios are kept
 * whole as JSON (their schema is the domain's). County policy parameters are dated rows in `settings`
 * under `linkage.*` keys: the table already has (key, value, effective_from, source), its UNIQUE key and
 * the dated look-up, so a second dated-value table would duplicate it.
 */
export const linkage: Migration = {
  version: 4,
  name: 'linkage',
  up(db, { srsId }) {
    db.exec(`
      CREATE TABLE linkage_projects (
        id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, county_code TEXT NOT NULL,
        townships_json TEXT NOT NULL, approval_doc TEXT, start_date TEXT NOT NULL, deadline TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'planning' CHECK (status IN ('planning','approved','implementing','accepted','closed')),
        created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE linkage_villages (
        project_id INTEGER NOT NULL REFERENCES linkage_projects(id) ON DELETE CASCADE,
        village_code TEXT NOT NULL, name TEXT NOT NULL, county_code TEXT NOT NULL,
        resolution_doc TEXT, resolution_on TEXT,
        PRIMARY KEY (project_id, village_code));
      CREATE TABLE linkage_quota_events (
        id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES linkage_projects(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL, event_id TEXT NOT NULL, event_json TEXT NOT NULL,
        recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,
        UNIQUE (project_id, seq), UNIQUE (project_id, event_id));
      CREATE TABLE linkage_households (
        id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES linkage_projects(id) ON DELETE CASCADE,
        household_id INTEGER REFERENCES households(id), code TEXT NOT NULL, head_name TEXT NOT NULL,
        village_name TEXT NOT NULL, members_json TEXT NOT NULL, homestead_m2 REAL NOT NULL, floor_areas_json TEXT NOT NULL,
        consent TEXT NOT NULL DEFAULT 'pending' CHECK (consent IN ('agreed','refused','pending')), consent_on TEXT,
        UNIQUE (project_id, code));
      CREATE INDEX linkage_households_household ON linkage_households(household_id);
      CREATE TABLE linkage_scenarios (
        id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL REFERENCES linkage_projects(id) ON DELETE CASCADE,
        scenario_key TEXT NOT NULL, name TEXT NOT NULL, scenario_json TEXT NOT NULL, chosen INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL, UNIQUE (project_id, scenario_key));
    `);
    const areas = 'ellipsoid_area_m2 REAL NOT NULL, planar_area_m2 REAL';
    createFeatureTable(db, {
      table: 'linkage_project_areas',
      identifier: '增减挂钩项目区',
      description: 'Linkage project-area boundaries (建新拆旧项目区)',
      srsId,
      columns: `project_id INTEGER NOT NULL REFERENCES linkage_projects(id) ON DELETE CASCADE, name TEXT NOT NULL, ${areas}`,
    });
    createFeatureTable(db, {
      table: 'linkage_demolition',
      identifier: '拆旧地块',
      description: 'Linkage demolition parcels (拆旧地块) with their reclamation target class',
      srsId,
      columns: `project_id INTEGER NOT NULL REFERENCES linkage_projects(id) ON DELETE CASCADE, code TEXT NOT NULL,
        village_code TEXT NOT NULL, land_class_before TEXT NOT NULL, target_class TEXT, target_justification TEXT NOT NULL DEFAULT '',
        grade_before INTEGER, grade_after INTEGER, homestead_fid INTEGER, household_id INTEGER REFERENCES households(id),
        households INTEGER NOT NULL DEFAULT 0, buildings_m2 REAL NOT NULL DEFAULT 0, scheduled_on TEXT,
        proposed_basic_farmland INTEGER NOT NULL DEFAULT 0, ${areas}, UNIQUE (project_id, code)`,
    });
    createFeatureTable(db, {
      table: 'linkage_construction',
      identifier: '建新地块',
      description: 'Linkage construction parcels (建新地块): resettlement community, urban or other use',
      srsId,
      columns: `project_id INTEGER NOT NULL REFERENCES linkage_projects(id) ON DELETE CASCADE, code TEXT NOT NULL,
        use TEXT NOT NULL CHECK (use IN ('resettlement','urban','other')), land_class_before TEXT NOT NULL,
        occupied_cultivated_m2 REAL NOT NULL DEFAULT 0, cultivated_grade REAL, ${areas}, UNIQUE (project_id, code)`,
    });
    db.exec(`
      CREATE INDEX linkage_demolition_project ON linkage_demolition(project_id);
      CREATE INDEX linkage_construction_project ON linkage_construction(project_id);
      CREATE INDEX linkage_project_areas_project ON linkage_project_areas(project_id);
    `);
  },
};
