import { isValidCitizenId } from '../../identity';
import { isValidUscc } from '../uscc';
import type { ContractRule, RuleFinding } from '../rule';
import { parcelsOf } from './facts-lookup';
import { householdLabel, listCodes } from './wording';

/** Nobody transfers a household's land without its written entrustment (LCL 39; Measures 8, 18). */
export const lt08AgentEntrustment: ContractRule = {
  id: 'LT-08',
  severity: 'error',
  titleKey: 'rule.LT-08.title',
  basis: '《农村土地承包法》第三十九条；《农村土地经营权流转管理办法》第八条、第十八条',
  check(facts) {
    const { agent, transferorHouseholdIds } = facts.draft;
    const found: RuleFinding[] = [];
    const transferorIds = new Set(transferorHouseholdIds);
    const foreign = facts.parcels.filter((p) => p.householdId !== null && !transferorIds.has(p.householdId));
    if (foreign.length > 0) {
      found.push({
        message: `地块 ${listCodes(foreign.map((p) => p.code))} 的承包户不是本合同甲方，未经其书面委托不得流转`,
        path: 'transferorHouseholdIds',
        parcelIds: foreign.map((p) => p.parcelId),
      });
    }
    if (agent === null) return found;
    // The agent is a household representative (ID card) or the village committee (credit code).
    if (!isValidCitizenId(agent.idNumber) && !isValidUscc(agent.idNumber)) {
      found.push({ message: `代理人“${agent.name}”的证件号码“${agent.idNumber}”无效`, path: 'agent.idNumber', parcelIds: [] });
    }
    const entrusted = new Set(agent.powerOfAttorneyHouseholdIds);
    for (const t of facts.transferors) {
      if (entrusted.has(t.householdId)) continue;
      found.push({
        message: `代理人“${agent.name}”代${householdLabel(t)}签约，缺少该户的书面委托书`,
        path: 'agent.powerOfAttorneyHouseholdIds',
        parcelIds: parcelsOf(facts, t.householdId).map((p) => p.parcelId),
      });
    }
    return found;
  },
};
