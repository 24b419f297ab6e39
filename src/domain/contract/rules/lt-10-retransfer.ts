import type { ContractRule } from '../rule';

/** Re-transfer happens after signing; here the contract can only say whether 甲方 consents in advance. */
export const lt10Retransfer: ContractRule = {
  id: 'LT-10',
  severity: 'info',
  titleKey: 'rule.LT-10.title',
  basis: '《农村土地承包法》第四十六条；《农村土地经营权流转管理办法》第十二条、第二十一条',
  check({ draft }) {
    if (draft.consents.retransfer) return [];
    return [{ message: '合同未勾选同意再流转：乙方再流转需甲方书面同意，并向发包方备案', path: 'consents.retransfer', parcelIds: [] }];
  },
};
