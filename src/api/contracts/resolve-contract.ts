import type { ContractDraft } from '../../domain/contract/contract-draft';
import type { ContractFacts } from '../../domain/contract/contract-facts';
import type { ParcelRow } from '../../domain/contract/contract-view';
import { contractPolicyAt, extendedEndAt } from '../../store/contracts/contract-settings';
import { ContractError } from '../../store/contracts/contract-error';
import { householdsByIds, type HouseholdSummary } from '../../store/contracts/households-repo';
import { parcelTable } from '../../store/contracts/parcel-table';
import { getParty, type Party } from '../../store/contracts/parties-repo';
import { retransferChain, transfersInForce } from '../../store/contracts/transfers-in-force';
import { retiredParcel, type LastKnownParcel } from '../../store/edits/retired-parcels';
import { getParcel, type ParcelRecord } from '../../store/parcels-repo';
import type { Project } from '../../store/project';
import { retransferFacts } from './retransfer-facts';

/** A draft with its parties and parcels read from the project, and the facts the legal checks run on. */
export interface ResolvedContract {
  facts: ContractFacts;
  households: HouseholdSummary[];
  transferee: Party;
  /** The parcel table in the draft's order; a retired parcel at its last known figures. */
  rows: ParcelRow[];
  /** The 12-digit village code of the first parcel still known, for numbering. */
  firstVillageCode: string | null;
}

/**
 * How a missing record is met: a draft coming in is refused naming it; a stored contract being read shows
 * it as retired or missing and carries on, so one bad reference never fails a whole view.
 */
export type Resolving = 'input' | 'read';

/** Stand-ins that name a household or party the project no longer holds, for reads that carry on. */
export const missingHousehold = (id: number): HouseholdSummary => ({
  id,
  code: String(id),
  contractCode: '',
  headName: `（承包户 ${id} 已不存在）`,
  headIdNumber: null,
  address: '',
  phone: null,
  contractEnd: '',
  groupCode: '',
  groupName: '',
  villageCode: '',
  villageName: '',
  townName: '',
  countyName: '',
  secondRoundEnd: '',
  parcelCount: 0,
  areaM2: 0,
});

export const missingParty = (id: number): Party => ({
  id,
  kind: 'other',
  name: `（乙方 ${id} 已不存在）`,
  uscc: null,
  idNumber: null,
  representative: null,
  address: null,
  phone: null,
  householdId: null,
  collectiveMember: false,
});

type Resolved = { live: ParcelRecord } | { retired: ReturnType<typeof retiredParcel> };

function retiredRow(last: LastKnownParcel, drafted: ContractDraft['parcels'][number], seq: number): ParcelRow {
  return {
    seq,
    parcelId: last.id,
    householdId: last.householdId,
    villageGroup: last.villageGroup,
    name: last.name,
    code: last.code,
    boundaries: drafted.boundaries,
    areaM2: drafted.areaM2 ?? last.ellipsoidM2 ?? 0,
    qualityGrade: last.qualityGrade,
    landClassCode: last.landClass ?? '',
    landClassName: last.landClassName,
    contractCode: last.contractCode ?? '',
    remark: drafted.remark,
  };
}

/**
 * Resolves a draft against the project on `asOf`. `contractId` is the stored contract's (null for a draft
 * being checked before it is saved): its own re-transfer chain is not a second transfer, and its
 * amendments say what became of a retired parcel.
 */
export function resolveContract(project: Project, draft: ContractDraft, asOf: string, contractId: number | null = null, resolving: Resolving = 'read'): ResolvedContract {
  const db = project.db;
  const input = resolving === 'input';
  const found = householdsByIds(project, draft.transferorHouseholdIds);
  const households = draft.transferorHouseholdIds.map((id, i) => {
    const h = found.find((x) => x.id === id);
    if (!h && input) throw new ContractError('not_found', `甲方承包户 ${id} 不存在`, `draft.transferorHouseholdIds.${i}`);
    return h ?? missingHousehold(id);
  });
  const party = getParty(project, draft.transfereePartyId);
  if (!party && input) throw new ContractError('not_found', `乙方 ${draft.transfereePartyId} 不存在`, 'draft.transfereePartyId');
  const transferee = party ?? missingParty(draft.transfereePartyId);
  if (input && draft.retransfer && !db.prepare(`SELECT 1 FROM contracts WHERE id = ?`).get(draft.retransfer.of)) {
    throw new ContractError('not_found', `再流转所依据的原合同 ${draft.retransfer.of} 不存在`, 'draft.retransfer.of');
  }
  const resolved = draft.parcels.map((p, i): Resolved => {
    const parcel = getParcel(project, p.parcelId);
    if (!parcel) {
      if (input) throw new ContractError('not_found', `地块 ${p.parcelId} 不存在`, `draft.parcels.${i}.parcelId`);
      return { retired: retiredParcel(project, p.parcelId, contractId) };
    }
    if (input && parcel.household && !draft.transferorHouseholdIds.includes(parcel.household.id)) {
      throw new ContractError('bad_input', `地块 ${parcel.code} 由 ${parcel.household.headName} 户承包，该户不在甲方之列`, `draft.parcels.${i}.parcelId`);
    }
    return { live: parcel };
  });
  const live = resolved.flatMap((r) => ('live' in r ? [r.live] : []));
  const liveRows = parcelTable({ ...draft, parcels: draft.parcels.filter((_, i) => 'live' in resolved[i]!) }, live, households);
  let next = 0;
  const rows = resolved.map((r, i) => {
    const row = 'live' in r ? liveRows[next++]! : retiredRow(r.retired.last, draft.parcels[i]!, 0);
    return { ...row, seq: i + 1 };
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
      villageCode: h.villageCode || null,
      villageName: h.villageName || null,
      secondRoundEnd: h.secondRoundEnd,
      extendedEnd: h.villageCode ? extendedEndAt(db, h.villageCode, asOf) : null,
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
    parcels: resolved.map((r, i) => {
      const leased = rows[i]!.areaM2;
      if ('live' in r) {
        const p = r.live;
        return {
          parcelId: p.id,
          code: p.code,
          householdId: p.household?.id ?? null,
          groupCode: p.group?.code ?? null,
          landClass: p.landClass.code,
          basicFarmland: p.basicFarmland,
          registeredAreaM2: p.areas.registeredM2,
          ellipsoidAreaM2: p.areas.ellipsoidM2,
          leasedAreaM2: leased,
          retired: null,
        };
      }
      const { last, retired } = r.retired;
      return {
        parcelId: last.id,
        code: last.code,
        householdId: last.householdId,
        groupCode: last.groupCode,
        landClass: last.landClass,
        basicFarmland: last.basicFarmland,
        registeredAreaM2: last.registeredM2,
        ellipsoidAreaM2: last.ellipsoidM2 ?? leased,
        leasedAreaM2: leased,
        retired,
      };
    }),
    wholeGroup: isWholeGroup(project, live),
    policy: contractPolicyAt(db, asOf),
    transfersInForce: transfersInForce(
      db,
      draft.parcels.map((p) => p.parcelId),
      draft.startDate,
      draft.endDate,
      retransferChain(db, contractId, draft.retransfer?.of ?? null),
    ),
    retransfer: retransferFacts(project, draft, asOf),
  };
  const firstVillageCode =
    households.find((h) => h.villageCode)?.villageCode ??
    live[0]?.village?.code ??
    resolved.flatMap((r) => ('retired' in r && r.retired.last.villageCode ? [r.retired.last.villageCode] : []))[0] ??
    null;
  return { facts, households, transferee, rows, firstVillageCode };
}

/** 整组流转: the parcels include every contracted parcel of at least one of their groups. */
function isWholeGroup(project: Project, parcels: readonly ParcelRecord[]): boolean {
  const chosen = new Set(parcels.map((p) => p.id));
  const groups = new Set(parcels.flatMap((p) => (p.group ? [p.group.code] : [])));
  const ofGroup = project.db.prepare(`SELECT fid FROM parcels WHERE group_code = ? AND household_id IS NOT NULL`);
  return [...groups].some((g) => (ofGroup.all(g) as { fid: number }[]).every((r) => chosen.has(r.fid)));
}
