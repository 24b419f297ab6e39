import type { ContractFacts } from '../contract-facts';
import { CONTRACT_STATUS_LABEL } from '../contract-view';
import type { ContractRule, RuleFinding } from '../rule';
import { listCodes } from './wording';

const IN_FORCE = new Set(['numbered', 'filed', 'active']);

/**
 * A re-transfer (再流转) passes on land the transferor holds under a contract in force: it needs that
 * contract's consent to re-transfer and each holder's written consent, filed with the 发包方, and cannot
 * outlast the contract it passes on (承包法 第四十六条; 流转管理办法 第十二条). The transferor is that
 * contract's 乙方. Being the same right passed on, it is not a second transfer of the land (LT-21).
 */
function retransferFindings(facts: ContractFacts): RuleFinding[] {
  const { draft, retransfer } = facts;
  if (!draft.retransfer || !retransfer) return [];
  const error = (message: string, path: string, parcelIds: number[] = []): RuleFinding => ({ severity: 'error', message, path, parcelIds });
  const original = retransfer.original;
  if (!original) return [error(`再流转所依据的原合同 ${draft.retransfer.of} 不存在`, 'retransfer.of')];
  const label = `原合同 ${original.number ?? `（草稿 ${original.id}）`}`;
  const found: RuleFinding[] = [];
  if (!IN_FORCE.has(original.status)) found.push(error(`${label}${CONTRACT_STATUS_LABEL[original.status]}，不在履行中，不能再流转`, 'retransfer.of'));
  if (retransfer.transferorPartyId !== original.transfereePartyId) {
    found.push(error(`再流转的出让方应为${label}的乙方“${original.transfereeName}”`, 'retransfer.transferorPartyId'));
  }
  if (!original.allowsRetransfer) found.push(error(`${label}未约定同意再流转（其他约定第一项）`, 'retransfer.of'));
  if (draft.startDate < original.startDate || draft.endDate > original.endDate) {
    found.push(error(`再流转期限 ${draft.startDate} 至 ${draft.endDate} 超出${label}期限 ${original.startDate} 至 ${original.endDate}`, 'endDate'));
  }
  const outside = facts.parcels.filter((p) => !original.parcelIds.includes(p.parcelId));
  if (outside.length > 0) {
    found.push(error(`地块 ${listCodes(outside.map((p) => p.code))} 不在${label}所流转的地块之中`, 'parcels', outside.map((p) => p.parcelId)));
  }
  const by = draft.signedOn ?? facts.asOf;
  for (const t of facts.transferors) {
    const consent = retransfer.consents.find((c) => c.householdId === t.householdId && c.signedOn <= by);
    if (!consent) {
      const parcelIds = facts.parcels.filter((p) => p.householdId === t.householdId).map((p) => p.parcelId);
      found.push(error(`承包户 ${t.code}（户主 ${t.headName}）尚无 ${by} 前签署的再流转书面同意书（在${label}的案件中登记）`, 'retransfer.of', parcelIds));
    }
  }
  return found;
}

export const lt10Retransfer: ContractRule = {
  id: 'LT-10',
  severity: 'info',
  titleKey: 'rule.LT-10.title',
  basis: '《农村土地承包法》第四十六条；《农村土地经营权流转管理办法》第十二条、第二十一条',
  check(facts) {
    const reminder: RuleFinding[] = facts.draft.consents.retransfer
      ? []
      : [{ message: '合同未勾选同意再流转：乙方再流转需甲方书面同意，并向发包方备案', path: 'consents.retransfer', parcelIds: [] }];
    return [...retransferFindings(facts), ...reminder];
  },
};
