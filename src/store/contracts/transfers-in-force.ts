import type Database from 'better-sqlite3';
import type { TransferInForce } from '../../domain/contract/contract-facts';

/**
 * The one-transfer rule's reads over `contract_parcels` (the contracts' current parcels, see migration 7):
 * which contracts in force hold given parcels on some day of a term, and which contracts belong to a
 * re-transfer chain (the same right passed on, exempt from the rule).
 */

/** Well under SQLite's bound-parameter limit. */
const CHUNK = 5_000;

interface Row {
  contract_id: number;
  number: string | null;
  status: TransferInForce['status'];
  transferee_name: string | null;
  start_date: string;
  end_date: string;
  parcel_fid: number;
  leased_m2: number | null;
}

/**
 * Contracts in force (numbered, filed, active) holding any of `parcelIds` on a day between `startDate` and
 * `endDate` (both inclusive), leaving out `exclude` (the contract itself and its re-transfer chain). A
 * whole-parcel row counts the parcel's ellipsoidal area, or 0 for a parcel no longer in the layer.
 */
export function transfersInForce(
  db: Database.Database,
  parcelIds: readonly number[],
  startDate: string,
  endDate: string,
  exclude: ReadonlySet<number>,
): TransferInForce[] {
  const ids = [...new Set(parcelIds)];
  const out: TransferInForce[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = db
      .prepare(
        `SELECT c.id AS contract_id, c.number, c.status, pa.name AS transferee_name, c.start_date, c.end_date, cp.parcel_fid,
                coalesce(cp.area_m2, p.ellipsoid_area_m2, 0) AS leased_m2
         FROM contract_parcels cp
         JOIN contracts c ON c.id = cp.contract_id
         LEFT JOIN parcels p ON p.fid = cp.parcel_fid
         LEFT JOIN parties pa ON pa.id = c.transferee_party_id
         WHERE cp.parcel_fid IN (${chunk.map(() => '?').join(',')})
           AND c.status IN ('numbered', 'filed', 'active') AND c.start_date <= ? AND c.end_date >= ?
         ORDER BY c.start_date, c.id, cp.parcel_fid`,
      )
      .all(...chunk, endDate, startDate) as Row[];
    for (const r of rows) {
      if (exclude.has(r.contract_id)) continue;
      out.push({
        contractId: r.contract_id,
        number: r.number,
        status: r.status,
        transfereeName: r.transferee_name ?? '',
        startDate: r.start_date,
        endDate: r.end_date,
        parcelId: r.parcel_fid,
        leasedAreaM2: r.leased_m2 ?? 0,
      });
    }
  }
  return out;
}

/**
 * A contract's re-transfer chain: the contracts it passes on (up `retransfer_of`, starting from
 * `retransferOf` for a draft not yet saved) and those that pass it on (down), itself included.
 */
export function retransferChain(db: Database.Database, id: number | null, retransferOf: number | null): Set<number> {
  const chain = new Set<number>();
  if (id !== null) chain.add(id);
  const up = db.prepare(`SELECT retransfer_of AS next FROM contracts WHERE id = ?`);
  for (let next = retransferOf; next !== null && !chain.has(next); ) {
    chain.add(next);
    next = ((up.get(next) as { next: number | null } | undefined)?.next ?? null);
  }
  if (id !== null) {
    const down = db
      .prepare(
        `WITH RECURSIVE d(id) AS (SELECT id FROM contracts WHERE retransfer_of = ? UNION SELECT c.id FROM contracts c JOIN d ON c.retransfer_of = d.id)
         SELECT id FROM d`,
      )
      .pluck()
      .all(id) as number[];
    down.forEach((d) => chain.add(d));
  }
  return chain;
}
