import type { GateRule, GateRuleFinding } from './rule';
import { activeMortgages, householdName, mortgageLabel } from './case-lookup';

const BLOCKS = ['bank.contract', 'bank.disbursement'] as const;

/**
 * The loan may not outlive the right it is secured on: loan maturity ≤ transfer end ≤ every transferor's
 * contracting right (D.1). When rent is paid yearly, a loan running past the next rent date is warned
 * about: the right stands only while the rent is paid as agreed.
 */
export const lm01LoanTerm: GateRule = {
  id: 'LM-01',
  severity: 'error',
  basis: '《农村土地承包法》第三十八条第三项、第四十七条；《农村土地经营权流转管理办法》第十二条',
  check(facts) {
    const mortgages = activeMortgages(facts);
    if (mortgages.length === 0) return [];
    const { contract } = facts;
    const found: GateRuleFinding[] = [];
    for (const { mortgage, index } of mortgages) {
      if (mortgage.maturityDate > contract.endDate) {
        found.push({
          message: `${mortgageLabel(mortgage)}到期日 ${mortgage.maturityDate} 晚于流转合同终止日 ${contract.endDate}：贷款到期日不得晚于流转期限`,
          path: `mortgages.${index}.maturityDate`,
          blocks: [...BLOCKS],
          recordId: mortgage.id,
        });
      }
    }
    // The transfer end against the households' rights concerns the contract, so it is stated once.
    for (const t of contract.transferors) {
      if (contract.endDate > t.rightEndDate) {
        found.push({
          message: `流转合同终止日 ${contract.endDate} 晚于${householdName(facts, t.householdId)}承包期届满日 ${t.rightEndDate}：流转期限不得超过剩余承包期，不能以此设定抵押`,
          path: 'contract.endDate',
          blocks: [...BLOCKS],
          recordId: null,
        });
      }
    }
    const nextRent = contract.rentPaidYearly ? contract.rentDue[0] : undefined;
    if (nextRent !== undefined) {
      for (const { mortgage, index } of mortgages) {
        if (mortgage.maturityDate > nextRent.dueDate) {
          found.push({
            severity: 'warning',
            message: `${mortgageLabel(mortgage)}到期日 ${mortgage.maturityDate} 晚于下一期租金支付日 ${nextRent.dueDate}（租金按年支付）：须按期付租，经营权方可持续作为抵押物`,
            path: `mortgages.${index}.maturityDate`,
            blocks: [],
            recordId: mortgage.id,
          });
        }
      }
    }
    return found;
  },
};
