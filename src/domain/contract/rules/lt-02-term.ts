import type { ContractRule, RuleFinding } from '../rule';
import { parcelsOf, transferableEnd } from './facts-lookup';
import { householdLabel } from './wording';

/** The transfer may not outlast any transferor's contract term, or its signed extension (LCL 38(3)). */
export const lt02Term: ContractRule = {
  id: 'LT-02',
  severity: 'error',
  titleKey: 'rule.LT-02.title',
  basis: '《农村土地承包法》第三十八条第三项',
  check(facts) {
    const { endDate } = facts.draft;
    return facts.transferors.flatMap((t): RuleFinding[] => {
      const parcels = parcelsOf(facts, t.householdId);
      const parcelIds = parcels.map((p) => p.parcelId);
      const limit = transferableEnd(t);
      if (limit === '') {
        return [
          {
            severity: 'warning',
            message: `${householdLabel(t)}未登记承包期截止日，无法核对流转期限 ${endDate} 是否超过承包期`,
            path: 'endDate',
            parcelIds,
          },
        ];
      }
      if (endDate <= limit) return [];
      return parcels.map((p) => ({
        message: `地块 ${p.code} 的流转期限 ${endDate} 超过承包期 ${limit}（${householdLabel(t)}）`,
        path: 'endDate',
        parcelIds: [p.parcelId],
      }));
    });
  },
};
