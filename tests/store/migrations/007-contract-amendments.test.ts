import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createGpkgCore, registerGpkgFunctions } from '../../../src/store/gpkg/core';
import { MIGRATIONS } from '../../../src/store/migrations';
import { contractAmendments } from '../../../src/store/migrations/007-contract-amendments';
import { tempFile } from '../fixtures';

/** A file as LandLink left it before migration 7, with one numbered contract over two parcels, one leased in part. */
function olderFile(): Database.Database {
  const db = new Database(tempFile());
  registerGpkgFunctions(db);
  createGpkgCore(db);
  // Migrations 1 to 5 build the tables migration 7 changes; 6 (the audit chain) needs the project's own log table.
  for (const m of MIGRATIONS.filter((m) => m.version <= 5)) m.up(db, { srsId: 4527 });
  db.exec(`INSERT INTO parties (id, kind, name, collective_member) VALUES (1, 'cooperative', '合作社', 0)`);
  const draft = { parcels: [{ parcelId: 11, areaM2: 600 }, { parcelId: 12, areaM2: null }] };
  db.prepare(
    `INSERT INTO contracts (id, status, number, mode, transferee_party_id, start_date, end_date, draft_json, created_at, created_by, updated_at)
     VALUES (1, 'numbered', 'N1', 'lease', 1, '2025-01-01', '2027-12-31', ?, '', '', '')`,
  ).run(JSON.stringify(draft));
  db.exec(`INSERT INTO contract_parcels (contract_id, parcel_fid, parcel_code) VALUES (1, 11, 'A'), (1, 12, 'B')`);
  return db;
}

describe('migration 7 (contract amendments)', () => {
  it('keeps each contract parcel’s leased area from the stored draft, null for a whole parcel', () => {
    const db = olderFile();
    contractAmendments.up(db, { srsId: 4527 });
    expect(db.prepare(`SELECT parcel_fid, area_m2 FROM contract_parcels ORDER BY parcel_fid`).all()).toEqual([
      { parcel_fid: 11, area_m2: 600 },
      { parcel_fid: 12, area_m2: null },
    ]);
    expect(db.prepare(`SELECT retransfer_of FROM contracts`).pluck().get()).toBeNull();
    db.close();
  });

  it('refuses an amendment without a reason and a second amendment of the same edit', () => {
    const db = olderFile();
    contractAmendments.up(db, { srsId: 4527 });
    db.exec(`INSERT INTO edits (id, at, actor, kind, layer, summary_json, before_json, after_json) VALUES (1, '', '', 'split', 'parcels', '{}', '[]', '[]')`);
    const insert = db.prepare(
      `INSERT INTO contract_amendments (contract_id, amendment_no, edit_id, kind, amended_on, reason, changes_json, recorded_at, recorded_by)
       VALUES (1, ?, 1, 'split', '2026-01-01', ?, '{"from":[],"to":[]}', '', '')`,
    );
    expect(() => insert.run(1, '  ')).toThrow(/CHECK/);
    insert.run(1, '修路分割');
    expect(() => insert.run(2, '再次')).toThrow(/UNIQUE/);
    db.close();
  });
});
