import { rentPerHousehold } from '../../domain/contract/rent';
import { NO_RECORDED_PRICES, scheduleOf } from '../contracts/contract-schedule';
import { OWES_RENT, type CaseSource } from '../../store/cases/case-facts-builder';
import { statusOn, type ContractRecord } from '../../store/contracts/contracts-repo';
import { householdsByIds, type HouseholdSummary } from '../../store/contracts/households-repo';
import { getParty, type Party } from '../../store/contracts/parties-repo';
import { paymentsOf, type Payment } from '../../store/contracts/payments-repo';
import type { Project } from '../../store/project';

/**
 * The case sources of many contracts in a handful of reads (households, parties, parcels, payments: one
 * each), computing only what the case reads of the contract view: status, leased parcels, first-year
 * rent and, for contracts that owe rent, the schedule. No four-boundaries, findings or fingerprint.
 * A contract the contract module would refuse to resolve (a household, party or parcel gone, a parcel of
 * another household) is left out of the map; the caller resolves it one by one, which says why.
 */

/** Well under SQLite's bound-parameter limit. */
const CHUNK = 5_000;

interface ParcelRow {
  fid: number;
  code: string;
  household_id: number | null;
  ellipsoid_area_m2: number;
}

function householdsOf(project: Project, records: readonly ContractRecord[]): Map<number, HouseholdSummary> {
  const ids = [...new Set(records.flatMap((r) => r.draft.transferorHouseholdIds))];
  const byId = new Map<number, HouseholdSummary>();
  for (let i = 0; i < ids.length; i += CHUNK) for (const h of householdsByIds(project, ids.slice(i, i + CHUNK))) byId.set(h.id, h);
  return byId;
}

/** The contracts' parcels as getParcel resolves them: the household only where its row exists. */
function parcelsOf(project: Project, records: readonly ContractRecord[]): Map<number, ParcelRow> {
  const ids = [...new Set(records.flatMap((r) => r.draft.parcels.map((p) => p.parcelId)))];
  const byId = new Map<number, ParcelRow>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = project.db
      .prepare(`SELECT p.fid, p.code, h.id AS household_id, p.ellipsoid_area_m2 FROM parcels p LEFT JOIN households h ON h.id = p.household_id WHERE p.fid IN (${chunk.map(() => '?').join(',')})`)
      .all(...chunk) as ParcelRow[];
    for (const r of rows) byId.set(r.fid, r);
  }
  return byId;
}

function groupPayments(payments: readonly Payment[]): Map<number, Payment[]> {
  const byContract = new Map<number, Payment[]>();
  for (const p of payments) {
    const list = byContract.get(p.contractId) ?? [];
    if (list.length === 0) byContract.set(p.contractId, list);
    list.push(p);
  }
  return byContract;
}

export function caseSources(project: Project, records: readonly ContractRecord[], asOf: string): Map<number, CaseSource> {
  const households = householdsOf(project, records);
  const parcels = parcelsOf(project, records);
  const parties = new Map<number, Party | null>();
  const partyOf = (id: number) => {
    if (!parties.has(id)) parties.set(id, getParty(project, id));
    return parties.get(id)!;
  };
  const payments = groupPayments(paymentsOf(project));
  const sources = new Map<number, CaseSource>();
  for (const record of records) {
    const { draft } = record;
    const transferee = partyOf(draft.transfereePartyId);
    const hs = draft.transferorHouseholdIds.map((id) => households.get(id));
    const ps = draft.parcels.map((p) => parcels.get(p.parcelId));
    const refused = !transferee || hs.some((h) => !h) || ps.some((p) => !p || (p.household_id !== null && !draft.transferorHouseholdIds.includes(p.household_id)));
    if (refused) continue;
    const rows = ps.map((p, i) => ({ parcelId: p!.fid, code: p!.code, householdId: p!.household_id, areaM2: draft.parcels[i]!.areaM2 ?? p!.ellipsoid_area_m2 }));
    // Leased m² per household, for rent; parcels without a household (collective land) are not anyone's rent.
    const areas = rows.flatMap((r) => (r.householdId === null ? [] : [{ householdId: r.householdId, areaM2: r.areaM2 }]));
    const status = statusOn(record, asOf);
    sources.set(record.id, {
      record,
      status,
      transferee,
      households: hs as HouseholdSummary[],
      parcels: rows,
      annualRentYuan: rentPerHousehold(areas, draft.rent, 1, NO_RECORDED_PRICES).totalYuan ?? 0,
      schedule: OWES_RENT.has(status) ? scheduleOf(draft, areas) : [],
      payments: payments.get(record.id) ?? [],
    });
  }
  return sources;
}
