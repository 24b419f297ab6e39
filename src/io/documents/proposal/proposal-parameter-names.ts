import { HOUSING_LABELS } from '../../../domain/linkage/relocation/placement';
import { SCOPE_LABELS } from '../../../domain/linkage/quota-ledger';
import { MODE_LABELS, STRUCTURE_LABELS, TIER_LABELS } from './proposal-wording';

/** Chinese names of the linkage parameter paths (`compensationYuanPerM2.brickConcrete` → 砖混房屋补偿（元/m²）) for the citation table. */

const ROOTS: Record<string, [name: string, unit: string]> = {
  homesteadCapM2: ['宅基地面积标准', 'm²/户'],
  floorAreaPerCapitaM2: ['人均安置建筑面积', 'm²'],
  compensationYuanPerM2: ['房屋补偿', '元/m²'],
  homesteadCompensationYuanPerM2: ['宅基地补偿', '元/m²'],
  movingAllowanceYuanPerHousehold: ['搬迁补助', '元/户'],
  transitionAllowanceYuanPerPersonMonth: ['过渡安置费', '元/人·月'],
  transitionMonths: ['过渡期', '月'],
  reclamationYuanPerMu: ['复垦费用', '元/亩'],
  constructionYuanPerM2: ['建安费', '元/m²'],
  selfBuildSubsidyYuanPerM2: ['自建房补助', '元/m²'],
  infrastructureYuanPerHousehold: ['基础设施配套（按户）', '元/户'],
  infrastructureYuanPerM2Land: ['基础设施配套（按用地）', '元/m²'],
  fees: ['', ''],
  quotaPriceYuanPerMu: ['节余指标价格', '元/亩'],
  consentThreshold: ['农户同意比例', ''],
  plotRatio: ['容积率', ''],
};

const KEYS: Record<string, string> = {
  ...STRUCTURE_LABELS,
  ...TIER_LABELS,
  ...MODE_LABELS,
  ...HOUSING_LABELS,
  ...SCOPE_LABELS,
  survey: '勘测费',
  design: '规划设计费',
  acceptance: '验收费',
};

export function parameterName(path: string): string {
  const [root = '', key] = path.split('.');
  const known = ROOTS[root];
  if (!known) return path;
  const [name, unit] = known;
  const qualifier = key === undefined ? '' : (KEYS[key] ?? key);
  const label = root === 'fees' ? qualifier : key === undefined ? name : `${qualifier}${name}`;
  return unit ? `${label}（${unit}）` : label;
}
