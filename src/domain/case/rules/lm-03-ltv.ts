import type { GateRule } from './rule';
import { activeMortgages, citePolicy, mortgageLabel, percent, yuan } from './case-lookup';

/**
 * Loan-to-value = loan amount / appraised value of the right; above the bank's cap (else the default,
 * 70% in local practice, D.1) it warns. No national number exists, so this never blocks.
 */
export const lm03Ltv: GateRule = {
  id: 'LM-03',
  severity: 'warning',
  basis: '《农村承包土地的经营权抵押贷款试点暂行办法》（银发〔2016〕79号）',
  check(facts) {
    return activeMortgages(facts).flatMap(({ mortgage, index }) => {
      const cap = facts.policy.ltvCapByBank[mortgage.bank] ?? facts.policy.defaultLtvCap;
      const ltv = mortgage.amountYuan / mortgage.appraisedValueYuan;
      if (ltv <= cap.value) return [];
      return [
        {
          message: `${mortgageLabel(mortgage)}抵押率 ${percent(ltv)}（贷款 ${yuan(mortgage.amountYuan)} / 评估值 ${yuan(mortgage.appraisedValueYuan)}）高于上限 ${percent(cap.value)}（${citePolicy(cap)}）`,
          path: `mortgages.${index}.amountYuan`,
          blocks: [],
          recordId: mortgage.id,
        },
      ];
    });
  },
};
