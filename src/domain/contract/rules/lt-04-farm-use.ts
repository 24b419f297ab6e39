import type { LandUseKind } from '../contract-draft';
import type { ContractRule, RuleFinding } from '../rule';

const USE_NAMES: Partial<Record<LandUseKind, string>> = { orchard: '果园', forest: '林地', fishpond: '鱼塘' };

/** Transferred land stays in farming; permanent basic farmland may not become orchard, forest or pond. */
export const lt04FarmUse: ContractRule = {
  id: 'LT-04',
  severity: 'error',
  titleKey: 'rule.LT-04.title',
  basis: '《农村土地承包法》第三十八条第二项；《土地管理法》第三十七条；示范文本第八条第（二）款',
  check(facts) {
    const { useKind, use } = facts.draft;
    if (useKind === 'non_farm') {
      return [
        {
          message: `流转土地用途“${use}”为非农用途，流转不得改变土地的农业用途`,
          path: 'useKind',
          parcelIds: facts.parcels.map((p) => p.parcelId),
        },
      ];
    }
    const banned = USE_NAMES[useKind];
    if (banned === undefined) return [];
    return facts.parcels
      .filter((p) => p.basicFarmland)
      .map((p): RuleFinding => ({
        message: `地块 ${p.code} 属永久基本农田，不得用于${banned}`,
        path: 'useKind',
        parcelIds: [p.parcelId],
      }));
  },
};
