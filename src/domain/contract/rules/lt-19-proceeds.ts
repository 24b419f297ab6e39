import type { ContractRule } from '../rule';
import { householdLabel } from './wording';

/** Rent belongs to the household (Measures 7); paying someone else needs the household's entrustment. */
export const lt19Proceeds: ContractRule = {
  id: 'LT-19',
  severity: 'warning',
  titleKey: 'rule.LT-19.title',
  basis: '《农村土地经营权流转管理办法》第七条',
  check(facts) {
    const { payeeIsHousehold, agent, payeeAccount } = facts.draft;
    if (payeeIsHousehold) return [];
    const entrusted = new Set(agent?.powerOfAttorneyHouseholdIds ?? []);
    const without = facts.transferors.filter((t) => !entrusted.has(t.householdId));
    if (without.length === 0) return [];
    const payee = payeeAccount === null || payeeAccount.name === '' ? '非承包户' : `“${payeeAccount.name}”`;
    return [
      {
        message: `租金收款人为${payee}，${without.map(householdLabel).join('、')}未出具委托书；流转收益归承包方所有`,
        path: 'payeeIsHousehold',
        parcelIds: [],
      },
    ];
  },
};
