import type { GateRule } from './rule';
import { activeMortgages, mortgageLabel } from './case-lookup';

const UNREGISTERED = '未登记，不得对抗善意第三人';

/**
 * A mortgage of the management right takes effect when the contract does; registration makes it
 * effective against good-faith third parties (LCL 47). Unregistered loans in force are marked; the
 * registration step cannot be completed while a loan in force lacks its registration data.
 */
export const lm04Registration: GateRule = {
  id: 'LM-04',
  severity: 'warning',
  basis: '《农村土地承包法》第四十七条第二款',
  check(facts) {
    return activeMortgages(facts).flatMap(({ mortgage, index }) =>
      mortgage.registration !== null
        ? []
        : [{ message: `${mortgageLabel(mortgage)}：${UNREGISTERED}`, path: `mortgages.${index}.registration`, blocks: [], recordId: mortgage.id }],
    );
  },
  refuseCompletion(view, key) {
    if (key !== 'bank.registration') return null;
    const missing = activeMortgages(view).flatMap(({ mortgage }) => (mortgage.registration === null ? [mortgage] : []));
    if (missing.length === 0) return null;
    return `LM-04 ${missing.map(mortgageLabel).join('、')}尚未录入登记机构、登记证号和登记日期，不能完成抵押登记步骤`;
  },
};
