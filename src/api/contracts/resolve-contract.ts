import type { ContractDraft } from '../../domain/contract/contract-draft';
import type { ContractFacts } from '../../domain/contract/contract-facts';
import { contractPolicyAt, extendedEndAt } from '../../store/contracts/contract-settings';
import { ContractError } from '../../store/contracts/contract-error';
import { householdsByIds, type HouseholdSummary } from '../../store/contracts/households-repo';
import { getParty, type Party } from '../../store/contracts/parties-repo';
import { getParcel, type ParcelRecord } from '../../store/parcels-repo';
import type { Project } from '../../store/project';

/** A draft with its parties and parcels read from the project, and the facts the legal checks run on. */
export interface ResolvedContract {
  facts: ContractFacts;
  households: HouseholdSummary[];
  transferee: Party;
  /** In the draft's parcel order. */
  parcels: ParcelRecord[];
}

/** Refuses a draft naming a household, party or parcel the project does not hold, or a parcel of another household. */
export function resolveContract(project: Project, draft: ContractDraft, asOf: string): ResolvedContract {
  const db = project.db;
  const households = householdsByIds(project, draft.transferorHouseholdIds);
  const missing = draft.transferorHouseholdIds.findIndex((id) => !households.some((h) => h.id === id));
  if (missing >= 0) throw new ContractError('not_found', `甲方承包户 ${draft.transferorHouseholdIds[missing]} 不存在`, `draft.transferorHouseholdIds.${missing}`);
  const transferee = getParty(project, draft.transfereePartyId);
  if (!transferee) throw new ContractError('not_found', `乙方 ${draft.transfereePartyId} 不存在`, 'draft.transfereePartyId');
  const parcels = draft.parcels.map((p, i) => {
    const parcel = getParcel(project, p.parcelId);
    if (!parcel) throw new ContractError('not_found', `地块 ${p.parcelId} 不存在`, `draft.parcels.${i}.parcelId`);
    if (parcel.household && !draft.transferorHouseholdIds.includes(parcel.household.id)) {
      throw new ContractError('bad_input', `地块 ${parcel.code} 由 ${parcel.household.headName} 户承包，该户不在甲方之列`, `draft.parcels.${i}.parcelId`);
    }
    return parcel;
  });
  const facts: ContractFacts = {
    draft,
    asOf,
    transferors: households.map((h) => ({
      householdId: h.id,
      code: h.code,
      headName: h.headName,
      headIdNumber: h.headIdNumber,
      contractEnd: h.contractEnd,
      villageCode: h.villageCode,
      villageName: h.villageName,
      secondRoundEnd: h.secondRoundEnd,
      extendedEnd: extendedEndAt(db, h.villageCode, asOf),
    })),
    transferee: {
      partyId: transferee.id,
      kind: transferee.kind,
      name: transferee.name,
      uscc: transferee.uscc,
      idNumber: transferee.idNumber,
      representative: transferee.representative,
      collectiveMember: transferee.collectiveMember,
    },
    parcels: parcels.map((p, i) => ({
      parcelId: p.id,
      code: p.code,
      householdId: p.household?.id ?? null,
      groupCode: p.group?.code ?? null,
      landClass: p.landClass.code,
      basicFarmland: p.basicFarmland,
      registeredAreaM2: p.areas.registeredM2,
      ellipsoidAreaM2: p.areas.ellipsoidM2,
      leasedAreaM2: draft.parcels[i]!.areaM2 ?? p.areas.ellipsoidM2,
    })),
    wholeGroup: isWholeGroup(project, parcels),
    policy: contractPolicyAt(db, asOf),
  };
  return { facts, households, transferee, parcels };
}

/** 整组流转: the parcels include every contracted parcel of at least one of their groups. */
function isWholeGroup(project: Project, parcels: readonly ParcelRecord[]): boolean {
  const chosen = new Set(parcels.map((p) => p.id));
  const groups = new Set(parcels.flatMap((p) => (p.group ? [p.group.code] : [])));
  const ofGroup = project.db.prepare(`SELECT fid FROM parcels WHERE group_code = ? AND household_id IS NOT NULL`);
  return [...groups].some((g) => (ofGroup.all(g) as { fid: number }[]).every((r) => chosen.has(r.fid)));
}
