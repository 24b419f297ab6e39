import type Database from 'better-sqlite3';
import { conflictMessage, transferConflicts, type TransferredParcel } from '../../domain/contract/one-transfer';
import { muToM2 } from '../../domain/units';
import { contractPolicyAt } from './contract-settings';
import { ContractError } from './contract-error';
import { retransferChain, transfersInForce } from './transfers-in-force';

/**
 * The one-transfer invariant where a contract comes into force (numbering, filing, taking effect, also
 * when a case step stands for them): refused, naming the other contract, while a contract in force holds
 * the same parcel on a day of its term beyond the parcel's area (LT-21; see migration 7 for the invariant).
 */

interface Subject {
  id: number;
  number: string | null;
  draft: { startDate: string; endDate: string; retransfer: { of: number } | null };
}

/** The contract's current parcels (contract_parcels), with the area it transfers and the parcel's cap. */
function currentParcels(db: Database.Database, contractId: number): TransferredParcel[] {
  const rows = db
    .prepare(
      `SELECT cp.parcel_fid, coalesce(p.code, cp.parcel_code) AS code, cp.area_m2, p.ellipsoid_area_m2, p.registered_area_m2
       FROM contract_parcels cp LEFT JOIN parcels p ON p.fid = cp.parcel_fid WHERE cp.contract_id = ? ORDER BY cp.parcel_fid`,
    )
    .all(contractId) as { parcel_fid: number; code: string; area_m2: number | null; ellipsoid_area_m2: number | null; registered_area_m2: number | null }[];
  return rows.map((r) => {
    const measured = r.ellipsoid_area_m2 ?? r.area_m2 ?? 0;
    return { parcelId: r.parcel_fid, code: r.code, leasedAreaM2: r.area_m2 ?? measured, capM2: Math.min(r.registered_area_m2 ?? measured, measured) };
  });
}

export function requireOneTransfer(db: Database.Database, contract: Subject, doing: string, on: string): void {
  const { draft } = contract;
  const parcels = currentParcels(db, contract.id);
  const chain = retransferChain(db, contract.id, draft.retransfer?.of ?? null);
  const inForce = transfersInForce(db, parcels.map((p) => p.parcelId), draft.startDate, draft.endDate, chain);
  const tolerance = muToM2(contractPolicyAt(db, on).areaToleranceMu.value);
  const conflicts = transferConflicts(draft, parcels, inForce, tolerance);
  if (conflicts.length === 0) return;
  const messages = conflicts.map((c) => `LT-21：${conflictMessage(c, draft, tolerance)}`);
  throw new ContractError(
    'refused',
    `合同 ${contract.number ?? `草稿 ${contract.id}`} 不能${doing}：${messages.join('；')}`,
    'id',
    messages.map((message) => ({ path: 'draft.parcels', message })),
  );
}
