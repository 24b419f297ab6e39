import type { ContractDraft } from '../../domain/contract/contract-draft';
import { ContractError } from '../../store/contracts/contract-error';
import type { Project } from '../../store/project';

/**
 * One draft per household of a many-household draft: each keeps its own parcels, its share of any
 * agent's powers of attorney, and every other term unchanged. A parcel held by none of the households
 * (collective land) cannot be given to one, so the split is refused naming it.
 */
export function splitPerHousehold(project: Project, draft: ContractDraft): ContractDraft[] {
  const holder = project.db.prepare(`SELECT code, household_id AS h FROM parcels WHERE fid = ?`);
  const holders = draft.parcels.map((p, i) => {
    const row = holder.get(p.parcelId) as { code: string; h: number | null } | undefined;
    if (!row) throw new ContractError('not_found', `地块 ${p.parcelId} 不存在`, `draft.parcels.${i}.parcelId`);
    if (row.h === null || !draft.transferorHouseholdIds.includes(row.h)) {
      throw new ContractError('bad_input', `地块 ${row.code} 不属于任何甲方承包户，不能按户拆分`, `draft.parcels.${i}.parcelId`);
    }
    return row.h;
  });
  return draft.transferorHouseholdIds.flatMap((householdId) => {
    const parcels = draft.parcels.filter((_, i) => holders[i] === householdId);
    if (parcels.length === 0) return [];
    const agent = draft.agent && { ...draft.agent, powerOfAttorneyHouseholdIds: draft.agent.powerOfAttorneyHouseholdIds.filter((h) => h === householdId) };
    return [{ ...draft, transferorHouseholdIds: [householdId], parcels, agent }];
  });
}
