import { muToM2 } from '../../units';
import type { ContractRule, RuleFinding } from '../rule';
import { parcelPath } from './facts-lookup';
import { citePolicy, mu } from './wording';

/** The table's area is positive and no more than the parcel's registered or ellipsoidal area, within tolerance. */
export const lt20Area: ContractRule = {
  id: 'LT-20',
  severity: 'error',
  titleKey: 'rule.LT-20.title',
  basis: '合同面积与承包地确权登记面积一致性（内部核对）',
  check(facts) {
    const tolerance = facts.policy.areaToleranceMu;
    const toleranceM2 = muToM2(tolerance.value);
    const toleranceText = `容差 ${tolerance.value} 亩，${citePolicy(tolerance)}`;
    return facts.parcels.flatMap((p): RuleFinding[] => {
      const path = parcelPath(facts, p.parcelId, 'areaM2');
      if (!(p.leasedAreaM2 > 0)) {
        return [{ message: `地块 ${p.code} 的流转面积 ${mu(p.leasedAreaM2)} 应大于 0`, path, parcelIds: [p.parcelId] }];
      }
      const found: RuleFinding[] = [];
      if (p.registeredAreaM2 !== null && p.leasedAreaM2 > p.registeredAreaM2 + toleranceM2) {
        found.push({
          message: `地块 ${p.code} 的流转面积 ${mu(p.leasedAreaM2)}超过登记面积 ${mu(p.registeredAreaM2)}（${toleranceText}）`,
          path,
          parcelIds: [p.parcelId],
        });
      }
      if (p.leasedAreaM2 > p.ellipsoidAreaM2 + toleranceM2) {
        found.push({
          message: `地块 ${p.code} 的流转面积 ${mu(p.leasedAreaM2)}超过图形椭球面积 ${mu(p.ellipsoidAreaM2)}（${toleranceText}）`,
          path,
          parcelIds: [p.parcelId],
        });
      }
      return found;
    });
  },
};
