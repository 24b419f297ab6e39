import type { Migration } from './migration';

/**
 * Recorded corrections of contracts (issue 11): 撤销编号, 更正状态 and 更正日期, each with its date, a
 * reason that is more than blanks, the actor and the instant. The invariants are the table's own, so any
 * store holding it keeps them: a row is never updated or deleted; a revoked number is retired once and
 * no contract may carry it again; a contract with corrections is kept (no cascade on delete).
 */
export const contractCorrections: Migration = {
  version: 8,
  name: 'contract-corrections',
  up(db) {
    db.exec(`
      CREATE TABLE contract_corrections (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        kind TEXT NOT NULL CHECK (kind IN ('revoke_number','status','date')),
        from_status TEXT NOT NULL CHECK (from_status IN ('numbered','filed','active','terminated')),
        to_status TEXT NOT NULL CHECK (to_status IN ('draft','numbered','filed','active','terminated')),
        number_revoked TEXT UNIQUE,
        event TEXT NOT NULL CHECK (event IN ('numbered','filed','active','terminated')),
        event_date_before TEXT NOT NULL,
        event_date_after TEXT,
        on_date TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        actor TEXT NOT NULL CHECK (length(trim(actor)) > 0),
        at TEXT NOT NULL,
        CHECK ((kind = 'revoke_number') = (number_revoked IS NOT NULL)),
        CHECK (kind <> 'revoke_number' OR (from_status = 'numbered' AND to_status = 'draft' AND event = 'numbered')),
        CHECK (kind <> 'status' OR (from_status = event AND to_status <> from_status AND event_date_after IS NULL)),
        CHECK (kind <> 'date' OR (to_status = from_status AND event_date_after IS NOT NULL AND event_date_after <> event_date_before)));
      CREATE INDEX contract_corrections_contract ON contract_corrections(contract_id);
      CREATE TRIGGER contract_corrections_kept_update BEFORE UPDATE ON contract_corrections
        BEGIN SELECT RAISE(ABORT, 'a recorded correction is never changed'); END;
      CREATE TRIGGER contract_corrections_kept_delete BEFORE DELETE ON contract_corrections
        BEGIN SELECT RAISE(ABORT, 'a recorded correction is never deleted'); END;
      CREATE TRIGGER contracts_number_retired_update BEFORE UPDATE OF number ON contracts
        WHEN NEW.number IS NOT NULL AND EXISTS (SELECT 1 FROM contract_corrections WHERE number_revoked = NEW.number)
        BEGIN SELECT RAISE(ABORT, 'contract number retired by a revocation'); END;
      CREATE TRIGGER contracts_number_retired_insert BEFORE INSERT ON contracts
        WHEN NEW.number IS NOT NULL AND EXISTS (SELECT 1 FROM contract_corrections WHERE number_revoked = NEW.number)
        BEGIN SELECT RAISE(ABORT, 'contract number retired by a revocation'); END;
    `);
  },
};
