import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { CaseConsentSchema, InsuranceSchema, MortgageSchema, TrusteeshipSchema } from '../../domain/case/case-records';
import { ContractError } from '../contracts/contract-error';

/**
 * The records the bank, insurer and co-op lanes keep, and the households' written consents: each kept
 * whole as JSON beside the columns lists and deadlines read. Call inside a project write (the caller audits).
 */

const KINDS = {
  consent: {
    table: 'case_consents',
    label: '书面同意书',
    schema: CaseConsentSchema,
    columns: (r: z.infer<typeof CaseConsentSchema>) => ({ household_id: r.householdId, kind: r.kind, signed_on: r.signedOn }),
  },
  mortgage: {
    table: 'case_mortgages',
    label: '抵押贷款',
    schema: MortgageSchema,
    columns: (r: z.infer<typeof MortgageSchema>) => ({ bank: r.bank, loan_no: r.loanNo, status: r.status, maturity_date: r.maturityDate }),
  },
  insurance: {
    table: 'case_insurances',
    label: '保险',
    schema: InsuranceSchema,
    columns: (r: z.infer<typeof InsuranceSchema>) => ({ insurer: r.insurer, policy_no: r.policyNo, end_date: r.endDate }),
  },
  trusteeship: {
    table: 'case_trusteeships',
    label: '托管',
    schema: TrusteeshipSchema,
    columns: (r: z.infer<typeof TrusteeshipSchema>) => ({ coop: r.coop, end_date: r.endDate }),
  },
} as const;

export type RecordKind = keyof typeof KINDS;
export type CaseRecordOf<K extends RecordKind> = z.infer<(typeof KINDS)[K]['schema']>;

export const recordLabel = (kind: RecordKind): string => KINDS[kind].label;

/** A case's records of one kind, in the order they were first saved, each carrying its id. */
export function listRecords<K extends RecordKind>(db: Database.Database, kind: K, contractId: number): CaseRecordOf<K>[] {
  const { table, schema } = KINDS[kind];
  const rows = db.prepare(`SELECT id, record_json FROM ${table} WHERE contract_id = ? ORDER BY id`).all(contractId) as { id: number; record_json: string }[];
  return rows.map((r) => schema.parse({ ...JSON.parse(r.record_json), id: r.id }) as CaseRecordOf<K>);
}

/** Every case's records of one kind in one read, each case's in the order they were first saved. */
export function recordsByContract<K extends RecordKind>(db: Database.Database, kind: K): Map<number, CaseRecordOf<K>[]> {
  const { table, schema } = KINDS[kind];
  const rows = db.prepare(`SELECT id, contract_id, record_json FROM ${table} ORDER BY contract_id, id`).all() as { id: number; contract_id: number; record_json: string }[];
  const byContract = new Map<number, CaseRecordOf<K>[]>();
  for (const r of rows) {
    const list = byContract.get(r.contract_id) ?? [];
    if (list.length === 0) byContract.set(r.contract_id, list);
    list.push(schema.parse({ ...JSON.parse(r.record_json), id: r.id }) as CaseRecordOf<K>);
  }
  return byContract;
}

export function getRecord<K extends RecordKind>(db: Database.Database, kind: K, contractId: number, id: number): CaseRecordOf<K> | null {
  return listRecords(db, kind, contractId).find((r) => r.id === id) ?? null;
}

/**
 * Inserts a record (id null) or replaces the case's record with that id; returns the id. A record of
 * another case, or an id the case does not hold, is refused as not found.
 */
export function saveRecord<K extends RecordKind>(db: Database.Database, now: string, kind: K, contractId: number, record: CaseRecordOf<K>): number {
  const { table, columns } = KINDS[kind];
  const cols = (columns as (r: CaseRecordOf<K>) => Record<string, string | number>)(record);
  const names = Object.keys(cols);
  const values = { ...cols, contract_id: contractId, record_json: JSON.stringify({ ...record, id: null }), updated_at: now };
  if (record.id === null) {
    const all = [...names, 'contract_id', 'record_json', 'updated_at'];
    try {
      const { lastInsertRowid } = db.prepare(`INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map((n) => `@${n}`).join(', ')})`).run(values);
      return Number(lastInsertRowid);
    } catch (err) {
      // Only consents are unique (one per household and kind): the planner edits the one on file instead.
      if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new ContractError('conflict', `合同 ${contractId} 已登记该户的${KINDS[kind].label}，请修改已有记录`, `${kind}.householdId`);
      }
      throw err;
    }
  }
  const sets = [...names, 'record_json', 'updated_at'].map((n) => `${n} = @${n}`).join(', ');
  const { changes } = db.prepare(`UPDATE ${table} SET ${sets} WHERE id = @id AND contract_id = @contract_id`).run({ ...values, id: record.id });
  if (changes === 0) throw new ContractError('not_found', `合同 ${contractId} 没有编号为 ${record.id} 的${KINDS[kind].label}记录`, `${kind}.id`);
  return record.id;
}

/** Removes one record of the case; refused as not found when the case does not hold it. Returns what was removed. */
export function removeRecord<K extends RecordKind>(db: Database.Database, kind: K, contractId: number, id: number): CaseRecordOf<K> {
  const before = getRecord(db, kind, contractId, id);
  if (!before) throw new ContractError('not_found', `合同 ${contractId} 没有编号为 ${id} 的${KINDS[kind].label}记录`, 'id');
  db.prepare(`DELETE FROM ${KINDS[kind].table} WHERE id = ? AND contract_id = ?`).run(id, contractId);
  return before;
}
