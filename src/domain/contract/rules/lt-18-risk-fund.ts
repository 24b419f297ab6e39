import { muToM2 } from '../../units';
import type { ContractRule } from '../rule';
import { leasedMu } from './facts-lookup';
import { citePolicy, mu } from './wording';

/** Whole-group and large transfers should carry a risk-guarantee fund (Measures 30). */
export const lt18RiskFund: ContractRule = {
  id: 'LT-18',
  severity: 'warning',
  titleKey: 'rule.LT-18.title',
  basis: '《农村土地经营权流转管理办法》第三十条',
  check(facts) {
    if (facts.draft.riskFund !== null) return [];
    const threshold = facts.policy.riskFundThresholdMu;
    const area = leasedMu(facts);
    const reasons = [
      ...(facts.wholeGroup ? ['整组流转'] : []),
      ...(area >= threshold.value ? [`流转面积 ${mu(muToM2(area))}达到 ${threshold.value} 亩（${citePolicy(threshold)}）`] : []),
    ];
    if (reasons.length === 0) return [];
    return [{ message: `${reasons.join('，且')}，建议约定风险保障金（金额、保管方、到期退还）`, path: 'riskFund', parcelIds: [] }];
  },
};
