import type { ContractDraft } from '../../domain/contract/contract-draft';
import type { ContractView, ParcelRow } from '../../domain/contract/contract-view';
import type { Finding } from '../../domain/contract/rule';
import { rentPerHousehold, type LeasedArea } from '../../domain/contract/rent';
import { runContractRules } from '../../domain/contract/rules';
import { contractYears } from '../../domain/contract/term';
import { statusOn, type ContractRecord } from '../../store/contracts/contracts-repo';
import type { Project } from '../../store/project';
import { NO_RECORDED_PRICES, scheduleOf } from './contract-schedule';
import { resolveContract } from './resolve-contract';
import { amendmentsOf } from '../../store/contracts/amendments-repo';
import { signedParcels } from '../../store/contracts/signed-parcels-repo';
import { dataFingerprint } from '../../io/documents/engine/data-fingerprint';


/**
 * The findings of LT-01 … LT-22 for a draft, without saving it. A new draft naming a missing record is
 * refused; an edit of stored contract `contractId` reads it as the stored contract is read.
 */
export function checkDraft(project: Project, draft: ContractDraft, asOf = project.today(), contractId: number | null = null): Finding[] {
  return runContractRules(resolveContract(project, draft, asOf, contractId, contractId === null ? 'input' : 'read').facts);
}

/** Leased m² per household, for rent; parcels without a household (collective land) are not anyone's rent. */
const leasedAreas = (rows: readonly ParcelRow[]): LeasedArea[] =>
  rows.flatMap((r) => (r.householdId === null ? [] : [{ householdId: r.householdId, areaM2: r.areaM2 }]));

/** First 12 hex digits of SHA-256 over the number, the draft and the resolved parcel rows. */
export const contractFingerprint = (number: string | null, draft: ContractDraft, rows: readonly ParcelRow[]): string =>
  dataFingerprint({ number, draft, rows });

/** Rent of the whole term, exact: each contract year's total times the share of the year the term covers. */
function termRent(draft: ContractDraft, households: LeasedArea[]): number {
  try {
    return contractYears(draft.startDate, draft.endDate).reduce(
      (sum, y) => sum + (rentPerHousehold(households, draft.rent, y.index, NO_RECORDED_PRICES).totalYuan ?? 0) * y.fraction,
      0,
    );
  } catch (err) {
    if (err instanceof RangeError) return 0;
    throw err;
  }
}

/** A stored contract resolved for the screen and for print. */
export function buildContractView(project: Project, record: ContractRecord, asOf = project.today()): ContractView {
  const resolved = resolveContract(project, record.draft, asOf, record.id);
  const { draft } = record;
  // A numbered contract shows and prints its parcel table as signed; amendments list what replaced it.
  const rows = (record.status === 'draft' ? null : signedParcels(project.db, record.id)) ?? resolved.rows;
  const areas = leasedAreas(rows);
  const firstYear = rentPerHousehold(areas, draft.rent, 1, NO_RECORDED_PRICES);
  const rentOf = new Map(firstYear.households.map((h) => [h.householdId, h]));
  const first = resolved.households[0];
  const villages = [...new Set(resolved.households.map((h) => h.villageName))];
  return {
    id: record.id,
    number: record.number,
    status: statusOn(record, asOf),
    draft,
    county: first?.countyName ?? '',
    town: first?.townName ?? '',
    village: villages.join('、'),
    transferors: resolved.households.map((h) => ({
      partyId: null,
      householdId: h.id,
      kind: 'household' as const,
      name: h.headName,
      uscc: null,
      idNumber: h.headIdNumber,
      representative: h.headName,
      address: h.address,
      phone: h.phone,
      householdCode: h.code,
      contractCode: h.contractCode,
      areaM2: rentOf.get(h.id)?.areaM2 ?? 0,
      annualRentYuan: rentOf.get(h.id)?.yuan ?? 0,
    })),
    transferee: {
      partyId: resolved.transferee.id,
      householdId: resolved.transferee.householdId,
      kind: resolved.transferee.kind,
      name: resolved.transferee.name,
      uscc: resolved.transferee.uscc,
      idNumber: resolved.transferee.idNumber,
      representative: resolved.transferee.representative,
      address: resolved.transferee.address ?? '',
      phone: resolved.transferee.phone,
    },
    parcelRows: rows,
    totals: { areaM2: rows.reduce((s, r) => s + r.areaM2, 0), annualRentYuan: firstYear.totalYuan ?? 0, termRentYuan: termRent(draft, areas) },
    schedule: scheduleOf(draft, areas),
    findings: runContractRules(resolved.facts),
    amendments: amendmentsOf(project.db, record.id),
    fingerprint: contractFingerprint(record.number, draft, rows),
    updatedAt: record.updatedAt,
  };
}
