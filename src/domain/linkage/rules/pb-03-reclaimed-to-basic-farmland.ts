import { landClassName } from '../../land-class';
import { demolitionPath, isCultivated } from './facts-lookup';
import type { LinkageRule, LinkageRuleFinding } from './rule';
import { areaText } from './wording';

/**
 * Reclaimed cultivated land may be proposed for later inclusion in permanent basic farmland (info); only
 * cultivated land can be, so a proposal on a parcel reclaimed to anything else warns.
 */
export const pb03ReclaimedToBasicFarmland: LinkageRule = {
  id: 'PB-03',
  severity: 'info',
  titleKey: 'rule.PB-03.title',
  basis: '永久基本农田保护红线管理办法（自然资源部、农业农村部令第17号，2025-10-01 施行；据政策数据集，未核实）：补充耕地经验收可按程序划入永久基本农田',
  check(facts) {
    const accepted = facts.quotaEvents.some((e) => e.kind === 'reclamationAccepted');
    return facts.demolitionParcels
      .filter((p) => p.proposedBasicFarmland)
      .map((p): LinkageRuleFinding => {
        const path = demolitionPath(facts, p.id, 'proposedBasicFarmland');
        if (!isCultivated(p.targetClass)) {
          const target = p.targetClass ? `${p.targetClass} ${landClassName(p.targetClass)}` : '未定地类';
          return { severity: 'warning', message: `拆旧地块 ${p.code} 复垦为 ${target}，不是耕地，不能划入永久基本农田`, path, parcelIds: [p.id] };
        }
        const when = accepted ? '项目区已有复垦验收，可按程序申请' : '须复垦验收合格后方可按程序申请';
        return { message: `拆旧地块 ${p.code} 复垦耕地 ${areaText(p.areaM2)}拟划入永久基本农田：${when}`, path, parcelIds: [p.id] };
      });
  },
};
