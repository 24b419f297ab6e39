import { constructionPath, toleranceM2 } from './facts-lookup';
import type { LinkageRule, LinkageRuleFinding } from './rule';
import { areaText, listCodes } from './wording';

/**
 * No construction parcel overlaps permanent basic farmland, by the geometric overlay against the county's
 * constraint layer; the overlapping area is shown. Without an overlay the rule cannot say, and warns.
 */
export const zj04AvoidBasicFarmland: LinkageRule = {
  id: 'ZJ-04',
  severity: 'error',
  titleKey: 'rule.ZJ-04.title',
  basis: '《土地管理法》第三十五条；国土资发〔2008〕138号：建新地块应避让永久基本农田（条款号未核实）',
  check(facts) {
    const tolerance = toleranceM2(facts);
    const unchecked = facts.constructionParcels.filter((p) => p.basicFarmlandOverlapM2 === null);
    const found: LinkageRuleFinding[] = facts.constructionParcels.flatMap((p): LinkageRuleFinding[] =>
      p.basicFarmlandOverlapM2 !== null && p.basicFarmlandOverlapM2 > tolerance
        ? [
            {
              message: `建新地块 ${p.code} 与永久基本农田重叠 ${areaText(p.basicFarmlandOverlapM2)}，建新地块不得占用永久基本农田`,
              path: constructionPath(facts, p.id, 'basicFarmlandOverlapM2'),
              parcelIds: [p.id],
            },
          ]
        : [],
    );
    if (unchecked.length > 0) {
      found.push({
        severity: 'warning',
        message: `建新地块 ${listCodes(unchecked.map((p) => p.code))} 未与永久基本农田图层叠加，无法核对是否占用永久基本农田`,
        path: constructionPath(facts, unchecked[0]!.id, 'basicFarmlandOverlapM2'),
        parcelIds: unchecked.map((p) => p.id),
      });
    }
    return found;
  },
};
