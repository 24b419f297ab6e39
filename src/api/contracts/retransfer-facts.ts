import type { ContractDraft } from '../../domain/contract/contract-draft';
import type { RetransferFacts } from '../../domain/contract/contract-facts';
import { listRecords } from '../../store/cases/case-records-repo';
import { getContract, statusOn } from '../../store/contracts/contracts-repo';
import { getParty } from '../../store/contracts/parties-repo';
import type { Project } from '../../store/project';

/**
 * LT-10's facts for a re-transfer: the contract passed on as it stands on `asOf` (its current parcels
 * follow its recorded amendments) and the holders' written consents to re-transfer on its case.
 */
export function retransferFacts(project: Project, draft: ContractDraft, asOf: string): RetransferFacts | null {
  if (!draft.retransfer) return null;
  const { of, transferorPartyId } = draft.retransfer;
  const original = getContract(project, of);
  if (!original) return { transferorPartyId, original: null, consents: [] };
  const parcelIds = project.db.prepare(`SELECT parcel_fid FROM contract_parcels WHERE contract_id = ? ORDER BY parcel_fid`).pluck().all(of) as number[];
  return {
    transferorPartyId,
    original: {
      id: original.id,
      number: original.number,
      status: statusOn(original, asOf),
      transfereePartyId: original.draft.transfereePartyId,
      transfereeName: getParty(project, original.draft.transfereePartyId)?.name ?? `（乙方 ${original.draft.transfereePartyId} 已不存在）`,
      startDate: original.draft.startDate,
      endDate: original.draft.endDate,
      allowsRetransfer: original.draft.consents.retransfer,
      parcelIds,
    },
    consents: listRecords(project.db, 'consent', of)
      .filter((c) => c.kind === 'retransfer')
      .map((c) => ({ householdId: c.householdId, signedOn: c.signedOn, documentRef: c.documentRef })),
  };
}
