import type { ContractRule } from '../rule';
import { agreedTermYears } from './facts-lookup';
import { citePolicy } from './wording';

/** A long transfer binds third parties only once registered (LCL 41; Civil Code 341), so suggest it. */
export const lt14Registration: ContractRule = {
  id: 'LT-14',
  severity: 'info',
  titleKey: 'rule.LT-14.title',
  basis: '《农村土地承包法》第四十一条；《民法典》第三百四十一条',
  check(facts) {
    const { startDate, endDate } = facts.draft;
    const years = facts.policy.registrationSuggestYears;
    if ((agreedTermYears(facts.draft) ?? 0) < years.value) return [];
    return [
      {
        message: `流转期限 ${startDate} 至 ${endDate} 达到 ${years.value} 年（${citePolicy(years)}），建议申请土地经营权登记，未经登记不得对抗善意第三人`,
        path: 'endDate',
        parcelIds: [],
      },
    ];
  },
};
