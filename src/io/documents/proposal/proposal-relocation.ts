import type { StructureClass } from '../../../domain/linkage/parameters/linkage-parameters';
import type { ComparisonRow } from '../../../domain/linkage/relocation/compare-scenarios';
import { HOUSING_LABELS } from '../../../domain/linkage/relocation/placement';
import type { Scenario } from '../../../domain/linkage/relocation/scenario';
import { SCOPE_LABELS } from '../../../domain/linkage/quota-ledger';
import type { Block, TableBlock } from '../engine/document-model';
import type { ProposalInput } from './proposal-input';
import { cnDate, formatM2, formatMu, formatPct, formatYuan, sum } from './proposal-numbers';
import { heading, MODE_LABELS, para, simpleTable, STRUCTURE_LABELS, TIER_LABELS } from './proposal-wording';

/** Sections 六 and 七: the households and their consent, the chosen scenario and the comparison of all. */

const STRUCTURES = Object.keys(STRUCTURE_LABELS) as StructureClass[];
const MAX_WARNINGS = 10;

export function householdSection(input: ProposalInput): Block[] {
  const hs = input.households;
  if (hs.length === 0) return [heading('六、搬迁户及意愿情况'), para('本项目尚未登记搬迁户。')];
  const villages = [...new Set(hs.map((h) => h.villageName))];
  const count = (of: typeof hs, status: 'agreed' | 'refused' | 'pending') => String(of.filter((h) => h.consent.status === status).length);
  const row = (name: string, of: typeof hs) => [
    name,
    String(of.length),
    String(sum(of.map((h) => h.members.length))),
    formatM2(sum(of.map((h) => h.homesteadM2))),
    formatM2(sum(of.map((h) => sum(STRUCTURES.map((k) => h.floorAreaM2[k]))))),
    count(of, 'agreed'),
    count(of, 'refused'),
    count(of, 'pending'),
  ];
  const table = simpleTable(
    [['村', 14, 'center'], ['户数', 10, 'right'], ['人数', 10, 'right'], ['宅基地面积（m²）', 16, 'right'], ['房屋建筑面积（m²）', 16, 'right'], ['同意', 11, 'right'], ['不同意', 11, 'right'], ['未签', 12, 'right']],
    villages.map((v) => row(v, hs.filter((h) => h.villageName === v))),
    row('合计', hs),
  );
  const floor = simpleTable(
    [['房屋结构', 25, 'center'], ['建筑面积（m²）', 25, 'right'], ['涉及户数', 25, 'right'], ['占比', 25, 'right']],
    STRUCTURES.map((k) => {
      const m2 = sum(hs.map((h) => h.floorAreaM2[k]));
      const all = sum(hs.map((h) => sum(STRUCTURES.map((s) => h.floorAreaM2[s]))));
      return [STRUCTURE_LABELS[k], formatM2(m2), String(hs.filter((h) => h.floorAreaM2[k] > 0).length), all > 0 ? formatPct(m2 / all) : '—'];
    }),
  );
  const blocks: Block[] = [heading('六、搬迁户及意愿情况'), table, para('现有房屋按结构分类如下：', false), floor];
  const c = input.consent;
  if (c) {
    const t = c.threshold;
    blocks.push(
      para(
        `搬迁意愿：共 ${c.households} 户，签字同意 ${c.agreed} 户，不同意 ${c.refused} 户，尚未签字 ${c.pending} 户，同意率 ${formatPct(c.rate)}；` +
          `规定同意比例不低于 ${formatPct(t.value)}（${t.source}，自${cnDate(t.effectiveFrom)}起执行${t.placeholder ? '，占位值' : ''}），` +
          `${c.met ? '已达到规定比例' : '未达到规定比例，不得安排拆迁'}。`,
      ),
    );
  }
  return blocks;
}

function describeScenario(s: Scenario): string {
  const allot =
    s.allotment.basis === 'per_household'
      ? `每户安置建筑面积 ${s.allotment.floorM2PerHousehold} m²`
      : `按人均安置建筑面积${s.allotment.floorM2PerPerson === null ? '（县定标准，见参数表）' : ` ${s.allotment.floorM2PerPerson} m²`}`;
  const rules = s.optionRules.map((r) =>
    r.kind === 'all_members_aged' ? `家庭成员均满 ${r.minAge} 周岁的户安置${HOUSING_LABELS[r.housing]}` : `${r.householdCodes.join('、')} 等户安置${HOUSING_LABELS[r.housing]}`,
  );
  return (
    `安置方式为${HOUSING_LABELS[s.housingType]}，${MODE_LABELS[s.constructionMode]}；${allot}；` +
    `宅基地按${TIER_LABELS[s.homesteadTier]}标准${s.homesteadM2 === null ? '' : `（每户 ${s.homesteadM2} m²）`}；` +
    `老年周转房每套 ${s.elderlyUnitFloorM2} m²（一室一厅一厨一卫）${rules.length ? `；${rules.join('；')}` : ''}；` +
    `节余指标${SCOPE_LABELS[s.tradingScope]}交易，净收益的 ${formatPct(s.villageShareOfGains)} 返还村集体。`
  );
}

const UNIT: Record<ComparisonRow['unit'], string> = { households: '户', persons: '人', m2: '亩', yuan: '元', yuanPerMu: '元/亩', share: '%' };

function comparisonValue(unit: ComparisonRow['unit'], v: number | null): string {
  if (v === null) return '—';
  switch (unit) {
    case 'households':
    case 'persons':
      return String(v);
    case 'm2':
      return formatMu(v);
    case 'yuan':
    case 'yuanPerMu':
      return formatYuan(v);
    case 'share':
      return formatPct(v).replace('%', '');
  }
}

/** One row per figure, one column per scenario, the chosen one marked. */
export function comparisonTable(input: ProposalInput): TableBlock | null {
  const cmp = input.comparison;
  if (!cmp) return null;
  const chosenId = input.scenarios.find((s) => s.chosen)?.scenario.id;
  const n = cmp.evaluations.length;
  const valueWidth = (100 - 30 - 10) / n;
  return {
    kind: 'table',
    columns: [{ widthPct: 30, align: 'left' }, { widthPct: 10, align: 'center' }, ...cmp.evaluations.map(() => ({ widthPct: valueWidth, align: 'right' as const }))],
    header: [[{ text: '项目' }, { text: '单位' }, ...cmp.evaluations.map((e) => ({ text: `${e.scenarioName}${e.scenarioId === chosenId ? '（推荐）' : ''}` }))]],
    rows: cmp.rows.map((r) => [r.label, UNIT[r.unit], ...r.values.map((v) => comparisonValue(r.unit, v))]),
    total: null,
    minRowHeightMm: null,
  };
}

export function scenarioSection(input: ProposalInput): Block[] {
  const blocks: Block[] = [heading('七、安置方案及方案比选')];
  const chosen = input.scenarios.find((s) => s.chosen)?.scenario;
  if (input.scenarios.length === 0) return [...blocks, para('本项目尚未保存安置方案。')];
  blocks.push(para(chosen ? `推荐方案「${chosen.name}」：${describeScenario(chosen)}` : '尚未选定推荐方案，以下列出全部方案供比选。'));
  for (const { scenario } of input.scenarios.filter((s) => !s.chosen)) blocks.push(para(`比选方案「${scenario.name}」：${describeScenario(scenario)}`));
  if (input.scenarioProblem) blocks.push(para(`方案未能测算：${input.scenarioProblem}`));
  const table = comparisonTable(input);
  if (table) blocks.push(para(`各方案测算对比如下（面积单位亩，金额单位元，参数按${cnDate(input.asOf)}生效值）：`, false), table);
  // Per-household warnings can run to hundreds; the first few show what to fix, the count the scale.
  const warnings = [...new Set(input.comparison?.evaluations.flatMap((e) => e.warnings) ?? [])];
  for (const w of warnings.slice(0, MAX_WARNINGS)) blocks.push(para(`【提示】${w}`, false));
  if (warnings.length > MAX_WARNINGS) blocks.push(para(`【提示】另有 ${warnings.length - MAX_WARNINGS} 条提示，请在系统中查看方案测算。`, false));
  return blocks;
}
