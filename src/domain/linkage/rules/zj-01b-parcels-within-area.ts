import { demolitionPath, constructionPath, parcelCode, toleranceM2 } from './facts-lookup';
import type { LinkageRule, LinkageRuleFinding } from './rule';
import { areaText } from './wording';

/**
 * LandLink's geometric check of the project area: every demolition and construction parcel lies inside
 * the project boundary and no two overlap (the areas would otherwise be counted twice in ZJ-02 and ZJ-10).
 */
export const zj01bParcelsWithinArea: LinkageRule = {
  id: 'ZJ-01b',
  severity: 'error',
  titleKey: 'rule.ZJ-01b.title',
  basis: 'LandLink 几何核查：项目区由拆旧地块和建新地块组成（国土资发〔2008〕138号第二条，据二手资料），地块应在项目区范围内且互不重叠',
  check(facts) {
    const tolerance = toleranceM2(facts);
    const outside = [
      ...facts.demolitionParcels.map((p) => ({ p, kind: '拆旧', path: demolitionPath(facts, p.id, 'outsideProjectM2') })),
      ...facts.constructionParcels.map((p) => ({ p, kind: '建新', path: constructionPath(facts, p.id, 'outsideProjectM2') })),
    ]
      .filter(({ p }) => p.outsideProjectM2 > tolerance)
      .map(({ p, kind, path }): LinkageRuleFinding => ({
        message: `${kind}地块 ${p.code} 有 ${areaText(p.outsideProjectM2)}在项目区 ${facts.project.code} 范围之外`,
        path,
        parcelIds: [p.id],
      }));
    const overlaps = facts.overlaps
      .map((o, i) => ({ o, i }))
      .filter(({ o }) => o.areaM2 > tolerance)
      .map(({ o, i }): LinkageRuleFinding => ({
        message: `地块 ${parcelCode(facts, o.a)} 与 ${parcelCode(facts, o.b)} 重叠 ${areaText(o.areaM2)}，项目区内地块不得重叠`,
        path: `overlaps.${i}`,
        parcelIds: [o.a, o.b],
      }));
    return [...outside, ...overlaps];
  },
};
