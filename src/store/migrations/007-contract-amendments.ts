import type { Migration } from './migration';

/**
 * One parcel, one transfer; edits that respect what rests on a parcel (issue 11).
 *
 * - `contract_parcels` is the contract's current parcel list: the draft's parcels while it is a draft, and
 *   for a contract in force the parcels its recorded amendments (变更) carried it over to. It now keeps the
 *   leased area (NULL = the whole parcel), so the one-transfer check can add up partial transfers.
 *   The invariant both stores enforce: on any day, the contracts in force (numbered, filed, active) that hold
 *   a parcel transfer together no more than the parcel's area — for whole-parcel transfers, at most one
 *   contract per parcel and day. PostGIS can state the whole-parcel part as
 *   `EXCLUDE USING gist (parcel_fid WITH =, daterange(start_date, end_date, '[]') WITH &&) WHERE (in_force)`
 *   on a contract_parcels table carrying its contract's dates and status, and the partial sums and the
 *   re-transfer exemption as a constraint trigger; here `one-transfer-guard.ts` checks it at numbering,
 *   filing and taking effect.
 * - `contracts.retransfer_of`: a re-transfer (再流转) names the contract it passes on; the chain is exempt
 *   from the one-transfer check, since it is the same transferred right passed on, not a second lease.
 * - `contract_signed_parcels`: the parcel table as numbered (code, name, area, 四至, class), so the signed
 *   contract prints as signed whatever later happens to the parcels. Contracts numbered before this
 *   version have none and print from the parcels as they are.
 * - `contract_amendments`: a parcel edit under a contract in force, recorded as the contract's amendment
 *   with its reason and date and the parcels it replaced; its edit cannot be undone (a legal act is
 *   reversed only by another recorded amendment).
 */
export const contractAmendments: Migration = {
  version: 7,
  name: 'contract-amendments',
  up(db) {
    db.exec(`
      ALTER TABLE contract_parcels ADD COLUMN area_m2 REAL CHECK (area_m2 IS NULL OR area_m2 > 0);
      UPDATE contract_parcels SET area_m2 = (
        SELECT json_extract(j.value, '$.areaM2') FROM contracts c, json_each(c.draft_json, '$.parcels') j
        WHERE c.id = contract_parcels.contract_id AND json_extract(j.value, '$.parcelId') = contract_parcels.parcel_fid);
      ALTER TABLE contracts ADD COLUMN retransfer_of INTEGER REFERENCES contracts(id);
      UPDATE contracts SET retransfer_of = json_extract(draft_json, '$.retransfer.of');
      CREATE INDEX contracts_retransfer_of ON contracts(retransfer_of);
      CREATE INDEX contracts_in_force ON contracts(status, start_date, end_date);
      CREATE TABLE contract_signed_parcels (
        contract_id INTEGER NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq > 0),
        parcel_fid INTEGER NOT NULL, household_id INTEGER,
        village_group TEXT NOT NULL, name TEXT NOT NULL, code TEXT NOT NULL, boundaries_json TEXT NOT NULL,
        area_m2 REAL NOT NULL, quality_grade INTEGER, land_class_code TEXT NOT NULL, land_class_name TEXT NOT NULL,
        contract_code TEXT NOT NULL, remark TEXT NOT NULL,
        PRIMARY KEY (contract_id, seq));
      CREATE TABLE contract_amendments (
        id INTEGER PRIMARY KEY,
        contract_id INTEGER NOT NULL REFERENCES contracts(id),
        amendment_no INTEGER NOT NULL CHECK (amendment_no > 0),
        edit_id INTEGER NOT NULL UNIQUE REFERENCES edits(id),
        kind TEXT NOT NULL CHECK (kind IN ('split','merge','reshape','hole')),
        amended_on TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        changes_json TEXT NOT NULL,
        recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,
        UNIQUE (contract_id, amendment_no));
    `);
  },
};
