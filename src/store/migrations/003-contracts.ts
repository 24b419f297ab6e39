import type { Migration } from './migration';

/**
 * Transfer contracts (issue 4). The draft is kept whole as JSON (its schema is the domain's); the columns
 * beside it are the ones lists and the ledger filter on. Numbers come from per-scope counters that only
 * ever go up, so a number is never handed out twice, even after its contract is deleted or terminated.
 */
export const contracts: Migration = {
  version: 3,
  name: 'contracts',
  up(db) {
    db.exec(`
      ALTER TABLE parties ADD COLUMN collective_member INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE parties ADD COLUMN created_at TEXT;
      CREATE TABLE contracts (
        id INTEGER PRIMARY KEY,
        status TEXT NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft','numbered','filed','active','expired','terminated')),
        number TEXT UNIQUE,
        number_scope TEXT, number_serial INTEGER,
        mode TEXT NOT NULL, transferee_party_id INTEGER NOT NULL REFERENCES parties(id),
        start_date TEXT NOT NULL, end_date TEXT NOT NULL,
        draft_json TEXT NOT NULL,
        created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,
        numbered_at TEXT, filed_on TEXT, active_on TEXT, terminated_on TEXT, termination_reason TEXT,
        CHECK ((status = 'draft') = (number IS NULL)));
      CREATE INDEX contracts_transferee ON contracts(transferee_party_id);
      CREATE INDEX contracts_end ON contracts(end_date);
      CREATE TABLE contract_households (
        contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        household_id INTEGER NOT NULL REFERENCES households(id),
        PRIMARY KEY (contract_id, household_id));
      CREATE INDEX contract_households_household ON contract_households(household_id);
      -- Parcel fids are not foreign keys: a parcel split after signing keeps its contract's record intact.
      CREATE TABLE contract_parcels (
        contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        parcel_fid INTEGER NOT NULL, parcel_code TEXT NOT NULL, group_code TEXT,
        PRIMARY KEY (contract_id, parcel_fid));
      CREATE INDEX contract_parcels_parcel ON contract_parcels(parcel_fid);
      CREATE TABLE contract_number_counters (scope TEXT PRIMARY KEY NOT NULL, last_serial INTEGER NOT NULL);
      CREATE TABLE rent_payments (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        household_id INTEGER NOT NULL REFERENCES households(id),
        due_date TEXT NOT NULL, paid_on TEXT NOT NULL, amount_yuan REAL NOT NULL CHECK (amount_yuan > 0),
        method TEXT NOT NULL CHECK (method IN ('bank_transfer','cash','other')), receipt_no TEXT NOT NULL,
        recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL);
      CREATE INDEX rent_payments_contract ON rent_payments(contract_id, household_id, due_date);
    `);
  },
};
