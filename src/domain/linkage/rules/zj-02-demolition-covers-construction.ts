import { sumOf, toleranceM2 } from './facts-lookup';
import type { LinkageRule } from './rule';
import { haText } from './wording';

/**
 * Σ demolition ≥ Σ construction (domain.md C.3 ZJ-02). 138号 asks for strictly less construction, the
 * product brief for "≥": less is an error, equal (within the area tolerance) a warning.
 */
export const zj02DemolitionCoversConstruction: LinkageRule = {
  id: 'ZJ-02',
  severity: 'error',
  titleKey: 'rule.ZJ-02.title',
  basis: '国土资发〔2008〕138号：建新地块总面积须小于拆旧地块总面积（条款号未核实）',
  check(facts) {
    const demolition = sumOf(facts.demolitionParcels, (p) => p.areaM2);
    const construction = sumOf(facts.constructionParcels, (p) => p.areaM2);
    const figures = `拆旧地块合计 ${haText(demolition)}，建新地块合计 ${haText(construction)}`;
    if (construction > demolition + toleranceM2(facts)) {
      return [{ message: `${figures}，建新面积超出拆旧面积 ${haText(construction - demolition)}`, path: 'constructionParcels', parcelIds: [] }];
    }
    if (construction >= demolition - toleranceM2(facts)) {
      return [
        {
          severity: 'warning',
          message: `${figures}，两者相等，项目区没有节余指标；138号要求建新面积小于拆旧面积`,
          path: 'constructionParcels',
          parcelIds: [],
        },
      ];
    }
    return [];
  },
};
