import { formatM2 } from '../../units';
import { landClassBalance } from '../land-class-balance';
import { toleranceM2 } from './facts-lookup';
import type { LinkageRule, LinkageRuleFinding } from './rule';
import { haText } from './wording';

/** The before/after land-class table of the project area balances: Σ before = Σ after = project total. */
export const zj10LandClassBalance: LinkageRule = {
  id: 'ZJ-10',
  severity: 'error',
  titleKey: 'rule.ZJ-10.title',
  basis: '国土资发〔2008〕138号第二条（据二手资料）：项目区内各类土地面积平衡；LandLink 核对口径：实施前后地类面积合计相等且等于项目区总面积',
  check(facts) {
    const { before, after } = facts.landClasses;
    if (before.length === 0 || after.length === 0) {
      return [{ message: `项目区 ${facts.project.code} 的地类面积表缺少${before.length === 0 ? '实施前' : '实施后'}地类`, path: 'landClasses', parcelIds: [] }];
    }
    const tolerance = toleranceM2(facts);
    const balance = landClassBalance(before, after, tolerance);
    const total = facts.project.totalAreaM2;
    const found: LinkageRuleFinding[] = [];
    for (const [side, sum, path] of [['实施前', balance.total.beforeM2, 'landClasses.before'], ['实施后', balance.total.afterM2, 'landClasses.after']] as const) {
      if (Math.abs(sum - total) > tolerance) {
        found.push({ message: `地类面积表${side}合计 ${haText(sum)}，与项目区总面积 ${haText(total)}相差 ${formatM2(sum - total)} m²`, path, parcelIds: [] });
      }
    }
    // Within the tolerance of the total on both sides, the two sides may still differ by up to twice it.
    if (found.length === 0 && balance.mismatch) found.push({ message: balance.mismatch, path: 'landClasses', parcelIds: [] });
    return found;
  },
};
