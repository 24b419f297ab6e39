import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../src/store/migrations';
import { Project } from '../../../src/store/project';
import { caseProject } from '../cases/case-fixture';
import { tempFile } from '../fixtures';

const CASE_TABLES = ['case_consents', 'case_insurances', 'case_mortgages', 'case_steps', 'case_trusteeships'];
/** What the migrations after 5 add, dropped to take a file back to schema 4. */
const LATER = `DROP TRIGGER contracts_number_retired_update; DROP TRIGGER contracts_number_retired_insert; DROP TABLE contract_corrections;`;
const tables = (project: Project) =>
  project.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'case\\_%' ESCAPE '\\' ORDER BY name`).pluck().all();

describe('migration 5 (cases)', () => {
  it('adds the case tables when a project of schema 4 is opened', () => {
    const file = tempFile();
    const project = Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester');
    expect(tables(project)).toEqual(CASE_TABLES);
    // Roll the file back to schema 4, as an older LandLink left it.
    project.db.exec(`${LATER} ${CASE_TABLES.map((t) => `DROP TABLE ${t};`).join('')} DELETE FROM landlink_migrations WHERE version >= 5;`);
    project.close();
    const reopened = Project.open(file, 'tester');
    expect(reopened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(reopened)).toEqual(CASE_TABLES);
    reopened.close();
  });

  it('refuses a step status outside the five statuses', () => {
    const { project, contractId } = caseProject();
    const insert = project.db.prepare(`INSERT INTO case_steps (contract_id, key, status, checklist_json, refs_json, updated_at) VALUES (?, 'bank.application', ?, '[]', '[]', '')`);
    expect(() => insert.run(contractId, 'lost')).toThrow(/CHECK/);
    insert.run(contractId, 'returned');
    project.close();
  });
});
