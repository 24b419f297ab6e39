import type { ContractRule } from '../rule';
import { transfereeLabel } from './wording';

/** Members of the collective come first on equal terms (LCL 38(5)); the planner confirms they were asked. */
export const lt16MemberPriority: ContractRule = {
  id: 'LT-16',
  severity: 'info',
  titleKey: 'rule.LT-16.title',
  basis: '《农村土地承包法》第三十八条第五项；《农村土地经营权流转管理办法》第十条',
  check(facts) {
    const { transferee } = facts;
    if (transferee.collectiveMember || transferee.kind === 'collective') return [];
    return [
      {
        message: `${transfereeLabel(facts)}不是本集体经济组织成员：同等条件下本集体成员享有优先权，签约前应确认已征询本集体成员`,
        path: 'transfereePartyId',
        parcelIds: [],
      },
    ];
  },
};
