import type { ContractRule, RuleFinding } from '../rule';
import { parcelPath } from './facts-lookup';
import { mu } from './wording';

const EDIT_LABEL: Record<string, string> = { split: '分割', merge: '合并' };

/**
 * The parcel table names parcels by their current code and area (《农村土地经营权流转管理办法》第十九条).
 * A draft whose parcel was split or merged away is not re-pointed behind the planner's back: it names the
 * parcels that replaced it and waits for the planner to confirm them. A contract in force carried over by a
 * recorded amendment (变更) only notes it.
 */
export const lt22CurrentParcels: ContractRule = {
  id: 'LT-22',
  severity: 'error',
  titleKey: 'rule.LT-22.title',
  basis: '《农村土地经营权流转管理办法》第十九条',
  check(facts) {
    return facts.parcels.flatMap((p): RuleFinding[] => {
      const retired = p.retired;
      if (!retired) return [];
      const path = parcelPath(facts, p.parcelId, 'parcelId');
      const became = retired.successors.map((s) => `${s.code}（${mu(s.areaM2)}）`).join('、');
      const how = EDIT_LABEL[retired.kind ?? ''] ?? '变更';
      const when = retired.at ? `于 ${retired.at.slice(0, 10)} ` : '';
      if (retired.amendmentNo !== null) {
        return [{ severity: 'info', message: `地块 ${p.code} 已依第 ${retired.amendmentNo} 号变更${how}为 ${became}`, path, parcelIds: [p.parcelId] }];
      }
      const message =
        retired.successors.length > 0
          ? `地块 ${p.code} 已${when}${how}为 ${became}，合同仍列原地块；请确认改用新地块`
          : `地块 ${p.code} 已不在地块图层中，地块表按其最后记录（${mu(p.leasedAreaM2)}）列出；请改选现有地块`;
      return [{ message, path, parcelIds: [p.parcelId] }];
    });
  },
};
