import type Database from 'better-sqlite3';
import { FourBoundariesSchema } from '../../domain/contract/contract-draft';
import type { ParcelRow } from '../../domain/contract/contract-view';

/**
 * The parcel table as it stood when the contract was numbered (contract_signed_parcels, migration 7): the
 * signed contract shows and prints from it, whatever later becomes of the parcels.
 */

interface Row {
  seq: number;
  parcel_fid: number;
  household_id: number | null;
  village_group: string;
  name: string;
  code: string;
  boundaries_json: string;
  area_m2: number;
  quality_grade: number | null;
  land_class_code: string;
  land_class_name: string;
  contract_code: string;
  remark: string;
}

export function saveSignedParcels(db: Database.Database, contractId: number, rows: readonly ParcelRow[]): void {
  db.prepare(`DELETE FROM contract_signed_parcels WHERE contract_id = ?`).run(contractId);
  const insert = db.prepare(
    `INSERT INTO contract_signed_parcels (contract_id, seq, parcel_fid, household_id, village_group, name, code, boundaries_json, area_m2,
       quality_grade, land_class_code, land_class_name, contract_code, remark)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of rows) {
    insert.run(contractId, r.seq, r.parcelId, r.householdId, r.villageGroup, r.name, r.code, JSON.stringify(r.boundaries), r.areaM2, r.qualityGrade, r.landClassCode, r.landClassName, r.contractCode, r.remark);
  }
}

/** The signed table in its order; null for a draft or a contract numbered before the table was kept. */
export function signedParcels(db: Database.Database, contractId: number): ParcelRow[] | null {
  const rows = db.prepare(`SELECT * FROM contract_signed_parcels WHERE contract_id = ? ORDER BY seq`).all(contractId) as Row[];
  if (rows.length === 0) return null;
  return rows.map((r) => ({
    seq: r.seq,
    parcelId: r.parcel_fid,
    householdId: r.household_id,
    villageGroup: r.village_group,
    name: r.name,
    code: r.code,
    boundaries: FourBoundariesSchema.parse(JSON.parse(r.boundaries_json)),
    areaM2: r.area_m2,
    qualityGrade: r.quality_grade,
    landClassCode: r.land_class_code,
    landClassName: r.land_class_name,
    contractCode: r.contract_code,
    remark: r.remark,
  }));
}
