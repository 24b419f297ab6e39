import { isValidCitizenId } from '../../identity';
import type { ContractFacts } from '../contract-facts';
import { isCollectiveUscc, isValidUscc } from '../uscc';
import type { ContractRule, RuleFinding } from '../rule';
import { parcelsOf } from './facts-lookup';
import { householdLabel } from './wording';

/**
 * Model usage note 5: natural persons give their ID number (GB 11643), organisations their unified
 * social credit code (GB 32100); a collective's code is issued by the agriculture department (N…).
 */

function transfereeFinding(transferee: ContractFacts['transferee']): string | null {
  const { kind, name, uscc, idNumber } = transferee;
  if (kind === 'individual' || kind === 'household') {
    return idNumber !== null && isValidCitizenId(idNumber) ? null : `乙方“${name}”的身份证号“${idNumber ?? ''}”无效（GB 11643 校验）`;
  }
  if (kind === 'collective') {
    return uscc !== null && isCollectiveUscc(uscc)
      ? null
      : `乙方“${name}”为农村集体经济组织，统一社会信用代码“${uscc ?? ''}”无效或不是农业农村部门赋码（应以 N 开头）`;
  }
  if (kind === 'other' && uscc === null && idNumber !== null) {
    return isValidCitizenId(idNumber) ? null : `乙方“${name}”的身份证号“${idNumber}”无效（GB 11643 校验）`;
  }
  return uscc !== null && isValidUscc(uscc) ? null : `乙方“${name}”的统一社会信用代码“${uscc ?? ''}”无效（GB 32100 校验）`;
}

export const lt07PartyIds: ContractRule = {
  id: 'LT-07',
  severity: 'error',
  titleKey: 'rule.LT-07.title',
  basis: '《农村土地经营权出租合同（示范文本）》使用说明第五条；GB 11643；GB 32100',
  check(facts) {
    const found: RuleFinding[] = facts.transferors
      .map((t, index) => ({ t, index }))
      .filter(({ t }) => t.headIdNumber === null || !isValidCitizenId(t.headIdNumber))
      .map(({ t, index }) => ({
        message: `${householdLabel(t)}的身份证号“${t.headIdNumber ?? ''}”无效（GB 11643 校验）`,
        path: `transferorHouseholdIds.${index}`,
        parcelIds: parcelsOf(facts, t.householdId).map((p) => p.parcelId),
      }));
    const transferee = transfereeFinding(facts.transferee);
    if (transferee !== null) found.push({ message: transferee, path: 'transfereePartyId', parcelIds: [] });
    return found;
  },
};
