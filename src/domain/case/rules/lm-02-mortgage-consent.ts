import type { GateRule, GateRuleFinding } from './rule';
import { activeMortgages, householdName, isFiled, mortgageLabel } from './case-lookup';

const BLOCKS = ['bank.contract', 'bank.disbursement'] as const;

/**
 * A transferee mortgages the management right only with the contract filed with the 发包方, the
 * contract allowing financing collateral, and the written consent of every household whose parcels the
 * mortgage covers (LCL 47; Measures 12, 21). Each missing household is named. The mortgage itself is
 * then filed with the 发包方 (Measures 21); until it is, a warning says so without blocking the loan.
 */
export const lm02MortgageConsent: GateRule = {
  id: 'LM-02',
  severity: 'error',
  basis: '《农村土地承包法》第四十七条；《农村土地经营权流转管理办法》第十二条、第二十一条',
  check(facts) {
    const { contract } = facts;
    const found: GateRuleFinding[] = [];
    const consenting = new Set(facts.consents.filter((c) => c.kind === 'mortgage').map((c) => c.householdId));
    for (const { mortgage, index } of activeMortgages(facts)) {
      const label = mortgageLabel(mortgage);
      const add = (message: string, path: string) => found.push({ message, path, blocks: [...BLOCKS], recordId: mortgage.id });
      if (!contract.allowsCollateral) add(`${label}：流转合同未约定同意以土地经营权融资担保`, 'contract.allowsCollateral');
      if (!isFiled(facts)) add(`${label}：流转合同尚未向发包方备案，不得以土地经营权设定抵押`, 'contract.filedOn');
      const households = new Set<number>();
      const strangers: number[] = [];
      for (const covered of mortgage.parcels) {
        const parcel = contract.parcels.find((p) => p.parcelId === covered.parcelId);
        if (parcel === undefined) strangers.push(covered.parcelId);
        // A parcel without a household (collective land) has no contract holder to consent.
        else if (parcel.householdId !== null) households.add(parcel.householdId);
      }
      if (strangers.length > 0) add(`${label}：抵押地块 ${strangers.map((id) => `#${id}`).join('、')} 不在本流转合同内`, `mortgages.${index}.parcels`);
      const missing = [...households].filter((id) => !consenting.has(id));
      if (missing.length > 0) {
        add(`${label}：缺少${missing.map((id) => householdName(facts, id)).join('、')}同意抵押的书面同意书`, 'consents');
      }
      if (mortgage.filedOn === null) {
        found.push({ severity: 'warning', message: `${label}：以土地经营权融资担保尚未向发包方备案`, path: `mortgages.${index}.filedOn`, blocks: [], recordId: mortgage.id });
      }
    }
    return found;
  },
};
