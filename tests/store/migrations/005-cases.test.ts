import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createGpkgCore, registerGpkgFunctions } from '../../../src/store/gpkg/core';
import { cases } from '../../../src/store/migrations/005-cases';
import { MIGRATIONS } from '../../../src/store/migrations';
import { caseProject } from '../cases/case-fixture';
import { tempFile } from '../fixtures';

const CASE_TABLES = ['case_consents', 'case_insurances', 'case_mortgages', 'case_steps', 'case_trusteeships'];
const tables = (db: Database.Database) =>
  db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'case\\_%' ESCAPE '\\' ORDER BY name`).pluck().all();

describe('migration 5 (cases)', () => {
  it('adds the case tables to a project file of schema 4', () => {
    // A schema-4 file as an older LandLink left it: the GeoPackage core and migrations 1 to 4.
    const db = new Database(tempFile());
    registerGpkgFunctions(db);
    createGpkgCore(db);
    for (const m of MIGRATIONS.filter((m) => m.version <= 4)) m.up(db, { srsId: 4527 });
    expect(tables(db)).toEqual([]);
    cases.up(db, { srsId: 4527 });
    expect(tables(db)).toEqual(CASE_TABLES);
    db.close();
  });

  it('refuses a step status outside the five statuses', () => {
    const { project, contractId } = caseProject();
    const insert = project.db.prepare(`INSERT INTO case_steps (contract_id, key, status, checklist_json, refs_json, updated_at) VALUES (?, 'bank.application', ?, '[]', '[]', '')`);
    expect(() => insert.run(contractId, 'lost')).toThrow(/CHECK/);
    insert.run(contractId, 'returned');
    project.close();
  });
});
