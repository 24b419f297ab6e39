import type { ContractDraft } from '../../domain/contract/contract-draft';
import type { ParcelRow } from '../../domain/contract/contract-view';
import type { ParcelRecord } from '../parcels-repo';
import type { HouseholdSummary } from './households-repo';

/**
 * The contract's parcel table (村组, name, code, 四至, 亩, grade, class, household contract code) from the
 * draft and its parcels in the draft's order: what the screen shows, what prints, and what numbering
 * keeps as signed. A parcel's leased area is the draft's or the whole parcel's.
 */
export function parcelTable(draft: ContractDraft, parcels: readonly ParcelRecord[], households: readonly HouseholdSummary[]): ParcelRow[] {
  const contractCodeOf = new Map(households.map((h) => [h.id, h.contractCode]));
  return parcels.map((p, i) => {
    const drafted = draft.parcels[i]!;
    return {
      seq: i + 1,
      parcelId: p.id,
      householdId: p.household?.id ?? null,
      villageGroup: `${p.village?.name ?? ''}${p.group?.name ?? ''}`,
      name: p.name,
      code: p.code,
      boundaries: drafted.boundaries,
      areaM2: drafted.areaM2 ?? p.areas.ellipsoidM2,
      qualityGrade: p.qualityGrade,
      landClassCode: p.landClass.code,
      landClassName: p.landClass.name,
      contractCode: p.contractCode ?? (p.household ? (contractCodeOf.get(p.household.id) ?? '') : ''),
      remark: drafted.remark,
    };
  });
}
