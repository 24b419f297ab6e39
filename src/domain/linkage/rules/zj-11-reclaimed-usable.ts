import { landClassName } from '../../land-class';
import { demolitionPath, isCultivated } from './facts-lookup';
import type { LinkageRule, LinkageRuleFinding } from './rule';

/**
 * Demolition parcels are reclaimed to usable farmland, coded per GB/T 21010: cultivated (0101–0103), or
 * another class with a written reason. A parcel without a reclamation target cannot be planned at all.
 */
export const zj11ReclaimedUsable: LinkageRule = {
  id: 'ZJ-11',
  severity: 'warning',
  titleKey: 'rule.ZJ-11.title',
  basis: 'GB/T 21010-2017《土地利用现状分类》；国发〔2010〕47号：复垦耕地应达到可耕种条件（条款号未核实）',
  check(facts) {
    return facts.demolitionParcels.flatMap((p): LinkageRuleFinding[] => {
      if (p.targetClass === null) {
        return [{ severity: 'error', message: `拆旧地块 ${p.code} 未确定复垦方向（地类）`, path: demolitionPath(facts, p.id, 'targetClass'), parcelIds: [p.id] }];
      }
      if (isCultivated(p.targetClass) || p.targetJustification.trim() !== '') return [];
      return [
        {
          message: `拆旧地块 ${p.code} 复垦为 ${p.targetClass} ${landClassName(p.targetClass)}，不是耕地，应说明理由`,
          path: demolitionPath(facts, p.id, 'targetJustification'),
          parcelIds: [p.id],
        },
      ];
    });
  },
};
