import { createFeatureTable } from '../gpkg/core';
import type { Migration } from './migration';

/** Villages, households, parties, dated settings, and the four feature layers. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db, { srsId }) {
    db.exec(`
      CREATE TABLE villages (
        code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, town_name TEXT NOT NULL, county_name TEXT NOT NULL,
        second_round_end TEXT NOT NULL);
      CREATE TABLE village_groups (
        code TEXT PRIMARY KEY NOT NULL, village_code TEXT NOT NULL REFERENCES villages(code), name TEXT NOT NULL);
      CREATE TABLE households (
        id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, contract_code TEXT NOT NULL UNIQUE, head_name TEXT NOT NULL,
        group_code TEXT NOT NULL REFERENCES village_groups(code), address TEXT NOT NULL, phone TEXT,
        contract_start TEXT NOT NULL, contract_end TEXT NOT NULL);
      CREATE TABLE household_members (
        id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        name TEXT NOT NULL, id_number TEXT NOT NULL UNIQUE, sex TEXT NOT NULL CHECK (sex IN ('male','female')),
        relation TEXT NOT NULL, birth_date TEXT NOT NULL);
      CREATE INDEX household_members_household ON household_members(household_id);
      CREATE TABLE parties (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('household','cooperative','family_farm','company','individual','collective','other')),
        name TEXT NOT NULL, uscc TEXT, id_number TEXT, representative TEXT, address TEXT, phone TEXT,
        household_id INTEGER REFERENCES households(id));
      CREATE TABLE settings (
        id INTEGER PRIMARY KEY, key TEXT NOT NULL, value_json TEXT NOT NULL, effective_from TEXT NOT NULL,
        source TEXT NOT NULL, UNIQUE (key, effective_from));
    `);
    createFeatureTable(db, {
      table: 'parcels',
      identifier: '承包地块',
      description: 'Contracted parcels (承包地块) with registered, ellipsoidal and planar areas in m²',
      srsId,
      columns: `code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
        household_id INTEGER REFERENCES households(id), contract_code TEXT,
        group_code TEXT NOT NULL REFERENCES village_groups(code), land_class TEXT NOT NULL, quality_grade INTEGER,
        basic_farmland INTEGER NOT NULL DEFAULT 0, registered_area_m2 REAL, ellipsoid_area_m2 REAL NOT NULL,
        planar_area_m2 REAL`,
    });
    createFeatureTable(db, {
      table: 'homesteads',
      identifier: '宅基地',
      description: 'Homestead plots (宅基地)',
      srsId,
      columns: `code TEXT NOT NULL UNIQUE, household_id INTEGER REFERENCES households(id),
        group_code TEXT NOT NULL REFERENCES village_groups(code), registered_area_m2 REAL,
        ellipsoid_area_m2 REAL NOT NULL, planar_area_m2 REAL`,
    });
    createFeatureTable(db, {
      table: 'basic_farmland',
      identifier: '永久基本农田',
      description: 'Permanent basic farmland (永久基本农田) patches',
      srsId,
      columns: `code TEXT NOT NULL UNIQUE, ellipsoid_area_m2 REAL NOT NULL, planar_area_m2 REAL`,
    });
    createFeatureTable(db, {
      table: 'linear_features',
      identifier: '道路沟渠',
      description: 'Rural roads (农村道路) and ditches (沟渠) between parcels',
      srsId,
      columns: `kind TEXT NOT NULL CHECK (kind IN ('road','ditch')), name TEXT, land_class TEXT NOT NULL,
        ellipsoid_area_m2 REAL NOT NULL, planar_area_m2 REAL`,
    });
    db.exec(`CREATE INDEX parcels_household ON parcels(household_id); CREATE INDEX parcels_group ON parcels(group_code);`);
  },
};
