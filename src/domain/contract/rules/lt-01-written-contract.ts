import type { ContractRule } from '../rule';
import { agreedTermYears } from './facts-lookup';

/** 代耕 for at most a year may go unwritten; anything longer needs the written contract (LCL 40). */
export const lt01WrittenContract: ContractRule = {
  id: 'LT-01',
  severity: 'error',
  titleKey: 'rule.LT-01.title',
  basis: '《农村土地承包法》第四十条；《农村土地经营权流转管理办法》第十七条',
  check({ draft }) {
    if (!draft.caretakerOnly || (agreedTermYears(draft) ?? 0) <= 1) return [];
    return [
      {
        message: `流转期限 ${draft.startDate} 至 ${draft.endDate} 超过一年，不能按代耕免签书面合同，应签订书面流转合同`,
        path: 'caretakerOnly',
        parcelIds: [],
      },
    ];
  },
};
