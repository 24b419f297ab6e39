import { muToM2 } from '../../units';
import { conflictMessage, transferConflicts } from '../one-transfer';
import type { ContractRule } from '../rule';
import { parcelPath, transferredParcels } from './facts-lookup';

/**
 * A parcel whose management right another contract in force already holds on a day of this term cannot
 * be transferred again (农村土地承包法 第三十六条、第三十八条). A warning on the draft; numbering, filing
 * and taking effect refuse the contract with the same sentence (store/contracts/one-transfer-guard.ts).
 */
export const lt21OneTransfer: ContractRule = {
  id: 'LT-21',
  severity: 'warning',
  titleKey: 'rule.LT-21.title',
  basis: '《农村土地承包法》第三十六条、第三十八条',
  check(facts) {
    const tolerance = muToM2(facts.policy.areaToleranceMu.value);
    const { draft } = facts;
    return transferConflicts(draft, transferredParcels(facts), facts.transfersInForce, tolerance).map((c) => ({
      message: conflictMessage(c, draft, tolerance),
      path: parcelPath(facts, c.parcelId, 'parcelId'),
      parcelIds: [c.parcelId],
    }));
  },
};
