import type { ContractRule } from '../rule';
import { dayNumber, isoDate } from '../term';
import { isRealDate } from './facts-lookup';

/** Filing is a workflow step, not a defect: the finding shows the deadline so the ledger can chase it. */
export const lt09Filing: ContractRule = {
  id: 'LT-09',
  severity: 'info',
  titleKey: 'rule.LT-09.title',
  basis: '《农村土地承包法》第三十六条；《农村土地经营权流转管理办法》第十七条、第二十一条、第二十三条；示范文本第七条第（二）款',
  check({ draft }) {
    const signed = draft.signedOn !== null && isRealDate(draft.signedOn) ? draft.signedOn : null;
    const deadline = signed === null ? '' : `，即 ${isoDate(dayNumber(signed) + draft.filingDays)} 前`;
    return [
      {
        message: `合同生效后 ${draft.filingDays} 日内${deadline}，甲方应向发包方备案，由发包方报乡镇农村土地承包管理部门登记台账`,
        path: 'filingDays',
        parcelIds: [],
      },
    ];
  },
};
