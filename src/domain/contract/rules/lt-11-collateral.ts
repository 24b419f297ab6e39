import type { ContractRule } from '../rule';

/** Financing collateral is checked when a mortgage is recorded (issue 5); the contract records consent. */
export const lt11Collateral: ContractRule = {
  id: 'LT-11',
  severity: 'info',
  titleKey: 'rule.LT-11.title',
  basis: '《农村土地承包法》第四十七条；《农村土地经营权流转管理办法》第十二条、第二十一条',
  check({ draft }) {
    if (draft.consents.collateral) return [];
    return [
      {
        message: '合同未勾选同意融资担保：乙方以土地经营权融资担保需甲方书面同意，并向发包方备案',
        path: 'consents.collateral',
        parcelIds: [],
      },
    ];
  },
};
