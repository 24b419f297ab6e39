import type Database from 'better-sqlite3';
import { CONTRACT_CODE_PATTERN, HOUSEHOLD_CODE_PATTERN, isValidCitizenId } from '../domain/identity';
import type { Project } from './project';

/**
 * Household lists (Excel/CSV from the contract-rights registry) joined to parcels by parcel code or
 * contract code: households are created or updated and their parcels linked, all in one transaction;
 * a preview runs the same matching inside a transaction that is rolled back.
 */

export interface JoinRow {
  record: number;
  key: string | null;
  householdCode: string | null;
  headName: string | null;
  idNumber: string | null;
  contractCode: string | null;
  phone: string | null;
  address: string | null;
  contractStart: string | null;
  contractEnd: string | null;
}

export interface JoinOutcome {
  rows: number;
  matched: number;
  parcelsLinked: number;
  householdsCreated: number;
  householdsUpdated: number;
  unmatched: { record: number; key: string; reason: string }[];
}

class Preview extends Error {}

export function joinHouseholds(project: Project, actor: string, by: 'parcelCode' | 'contractCode', rows: JoinRow[], apply: boolean, source: string): JoinOutcome {
  let outcome: JoinOutcome | null = null;
  try {
    project.write(actor, ({ db, audit }) => {
      outcome = match(db, by, rows);
      audit({ action: 'join-households', entity: 'households', entityId: null, after: { source, by, ...outcome, unmatched: outcome.unmatched.length } });
      if (!apply) throw new Preview();
    });
  } catch (err) {
    if (!(err instanceof Preview)) throw err;
  }
  return outcome!;
}

function match(db: Database.Database, by: 'parcelCode' | 'contractCode', rows: JoinRow[]): JoinOutcome {
  const parcelsByCode = db.prepare(`SELECT fid, group_code FROM parcels WHERE code = ?`);
  const parcelsByContract = db.prepare(
    `SELECT p.fid, p.group_code FROM parcels p LEFT JOIN households h ON h.id = p.household_id WHERE p.contract_code = ? OR h.contract_code = ?`,
  );
  const householdByCode = db.prepare(`SELECT id FROM households WHERE code = ?`);
  const groupExists = db.prepare(`SELECT 1 FROM village_groups WHERE code = ?`);
  const insHousehold = db.prepare(
    `INSERT INTO households (code, contract_code, head_name, group_code, address, phone, contract_start, contract_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updHousehold = db.prepare(
    `UPDATE households SET head_name = coalesce(?, head_name), phone = coalesce(?, phone), address = coalesce(?, address),
       contract_start = coalesce(?, contract_start), contract_end = coalesce(?, contract_end) WHERE id = ?`,
  );
  const memberExists = db.prepare(`SELECT 1 FROM household_members WHERE id_number = ?`);
  const insMember = db.prepare(
    `INSERT INTO household_members (household_id, name, id_number, sex, relation, birth_date) VALUES (?, ?, ?, ?, '户主', ?)`,
  );
  const link = db.prepare(`UPDATE parcels SET household_id = ?, contract_code = coalesce(contract_code, ?) WHERE fid = ?`);
  const out: JoinOutcome = { rows: rows.length, matched: 0, parcelsLinked: 0, householdsCreated: 0, householdsUpdated: 0, unmatched: [] };
  for (const r of rows) {
    const miss = (reason: string) => out.unmatched.push({ record: r.record, key: r.key ?? '', reason });
    if (!r.key) {
      miss('关联字段为空 (key is empty)');
      continue;
    }
    const parcels = (by === 'parcelCode' ? parcelsByCode.all(r.key) : parcelsByContract.all(r.key, r.key)) as { fid: number; group_code: string | null }[];
    if (parcels.length === 0) {
      miss(by === 'parcelCode' ? `项目中没有地块代码 ${r.key}` : `项目中没有承包合同代码 ${r.key} 的地块`);
      continue;
    }
    const contractCode = r.contractCode ?? (by === 'contractCode' ? r.key : null);
    const householdCode = r.householdCode ?? (contractCode && CONTRACT_CODE_PATTERN.test(contractCode) ? contractCode.slice(0, 18) : null);
    if (!householdCode || !HOUSEHOLD_CODE_PATTERN.test(householdCode)) {
      miss(`承包方代码 "${householdCode ?? ''}" 应为 18 位数字`);
      continue;
    }
    if (r.idNumber && !isValidCitizenId(r.idNumber)) {
      miss(`证件号码 ${r.idNumber} 校验不通过 (GB 11643)`);
      continue;
    }
    let id = (householdByCode.get(householdCode) as { id: number } | undefined)?.id;
    if (id === undefined) {
      const group = groupExists.get(householdCode.slice(0, 14)) ? householdCode.slice(0, 14) : parcels.find((p) => p.group_code)?.group_code;
      if (!group) {
        miss(`承包方 ${householdCode} 所在的组不在项目中`);
        continue;
      }
      if (!r.headName) {
        miss('承包方名称为空 (a new household needs its head name)');
        continue;
      }
      id = Number(
        insHousehold.run(householdCode, contractCode ?? `${householdCode}J`, r.headName, group, r.address ?? '', r.phone, r.contractStart ?? '', r.contractEnd ?? '')
          .lastInsertRowid,
      );
      out.householdsCreated++;
    } else {
      updHousehold.run(r.headName, r.phone, r.address, r.contractStart, r.contractEnd, id);
      out.householdsUpdated++;
    }
    if (r.idNumber && r.headName && !memberExists.get(r.idNumber)) {
      const sex = Number(r.idNumber[16]) % 2 === 1 ? 'male' : 'female';
      const birth = `${r.idNumber.slice(6, 10)}-${r.idNumber.slice(10, 12)}-${r.idNumber.slice(12, 14)}`;
      insMember.run(id, r.headName, r.idNumber, sex, birth);
    }
    for (const p of parcels) link.run(id, contractCode, p.fid);
    out.matched++;
    out.parcelsLinked += parcels.length;
  }
  return out;
}
