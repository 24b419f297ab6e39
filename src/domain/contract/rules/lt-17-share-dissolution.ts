import type { ContractRule } from '../rule';
import { transfereeLabel } from './wording';

/** Land put into a company as shares goes back to the household if the company dissolves (Measures 16). */
export const lt17ShareDissolution: ContractRule = {
  id: 'LT-17',
  severity: 'error',
  titleKey: 'rule.LT-17.title',
  basis: '《农村土地经营权流转管理办法》第十六条',
  check(facts) {
    const { mode, rent } = facts.draft;
    if (mode !== 'share' || facts.transferee.kind !== 'company') return [];
    if (rent.kind !== 'share') {
      return [{ message: `以土地经营权入股${transfereeLabel(facts)}（公司），收益方式应为入股分红`, path: 'rent.kind', parcelIds: [] }];
    }
    if (rent.dissolutionReturnsLand) return [];
    return [
      {
        message: `以土地经营权入股${transfereeLabel(facts)}（公司），应约定公司解散时入股土地退回原承包方`,
        path: 'rent.dissolutionReturnsLand',
        parcelIds: [],
      },
    ];
  },
};
