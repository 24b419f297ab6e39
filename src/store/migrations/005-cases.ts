import type { Migration } from './migration';

/**
 * The six-party case board (issue 5). A case is its contract: every table hangs off contracts(id) and
 * goes with a deleted draft. Steps are rows per (contract, step key); `status_by_hand` tells a status a
 * planner set from one the step catalogue derives, so a derived 不适用 can turn 待办 when a record makes
 * the step apply while a planner's 不适用 stays. Mortgage, insurance and trusteeship records are kept whole
 * as JSON (their schemas are the domain's) with the columns lists and deadlines look at beside them.
 * Price lists and the case policy are dated rows in `settings` under `case.*` keys.
 */
export const cases: Migration = {
  version: 5,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE case_steps (
        contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('todo','in_progress','done','not_applicable','returned')),
        status_by_hand INTEGER NOT NULL DEFAULT 0,
        responsible TEXT NOT NULL DEFAULT '', due_date TEXT, status_on TEXT,
        checklist_json TEXT NOT NULL, refs_json TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (contract_id, key));
      CREATE TABLE case_consents (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        household_id INTEGER NOT NULL REFERENCES households(id),
        kind TEXT NOT NULL CHECK (kind IN ('mortgage','retransfer')),
        signed_on TEXT NOT NULL, record_json TEXT NOT NULL, updated_at TEXT NOT NULL,
        UNIQUE (contract_id, household_id, kind));
      CREATE TABLE case_mortgages (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        bank TEXT NOT NULL, loan_no TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active','repaid','defaulted','disposed')),
        maturity_date TEXT NOT NULL, record_json TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE case_insurances (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        insurer TEXT NOT NULL, policy_no TEXT NOT NULL, end_date TEXT NOT NULL,
        record_json TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE case_trusteeships (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        coop TEXT NOT NULL, end_date TEXT NOT NULL,
        record_json TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE INDEX case_consents_contract ON case_consents(contract_id);
      CREATE INDEX case_mortgages_contract ON case_mortgages(contract_id);
      CREATE INDEX case_insurances_contract ON case_insurances(contract_id);
      CREATE INDEX case_trusteeships_contract ON case_trusteeships(contract_id);
    `);
  },
};
