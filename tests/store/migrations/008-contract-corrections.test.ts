import { describe, expect, it } from 'vitest';
import { Project } from '../../../src/store/project';
import { caseProject } from '../cases/case-fixture';
import { tempFile } from '../fixtures';

const objects = (project: Project) =>
  project.db.prepare(`SELECT type || ' ' || name FROM sqlite_master WHERE name LIKE 'contract_corrections%' OR name LIKE 'contracts_number_retired%' ORDER BY name`).pluck().all();
const EXPECTED = [
  'table contract_corrections',
  'index contract_corrections_contract',
  'trigger contract_corrections_kept_delete',
  'trigger contract_corrections_kept_update',
  'trigger contracts_number_retired_insert',
  'trigger contracts_number_retired_update',
];

describe('migration 8 (contract corrections)', () => {
  it('adds the corrections table and its triggers when a project of schema 5 is opened', () => {
    const file = tempFile();
    const project = Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester');
    expect(objects(project)).toEqual(EXPECTED);
    project.db.exec(`DROP TRIGGER contracts_number_retired_update; DROP TRIGGER contracts_number_retired_insert; DROP TABLE contract_corrections;
                     DELETE FROM landlink_migrations WHERE version = 8;`);
    project.close();
    const reopened = Project.open(file, 'tester');
    expect(reopened.schemaVersion).toBe(8);
    expect(objects(reopened)).toEqual(EXPECTED);
    reopened.close();
  });

  it('refuses a correction with a blank reason or a revocation without its number', () => {
    const { project, contractId } = caseProject();
    const insert = project.db.prepare(
      `INSERT INTO contract_corrections (contract_id, kind, from_status, to_status, number_revoked, event, event_date_before, on_date, reason, actor, at)
       VALUES (?, 'revoke_number', 'numbered', 'draft', ?, 'numbered', '2025-01-05', '2025-01-06', ?, 'tester', '2025-01-06T02:00:00Z')`,
    );
    expect(() => insert.run(contractId, 'N0001', '  ')).toThrow(/CHECK/);
    expect(() => insert.run(contractId, null, '编号有误')).toThrow(/CHECK/);
    insert.run(contractId, 'N0001', '编号有误');
    expect(() => insert.run(contractId, 'N0001', '再次撤销')).toThrow(/UNIQUE/);
    project.close();
  });
});
