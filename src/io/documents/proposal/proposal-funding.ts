import type { CitedValue } from '../../../domain/linkage/parameters/linkage-parameters';
import type { ScenarioEvaluation } from '../../../domain/linkage/relocation/evaluate-scenario';
import { SCOPE_LABELS } from '../../../domain/linkage/quota-ledger';
import type { Block } from '../engine/document-model';
import type { ProposalInput } from './proposal-input';
import { cnDate, formatM2, formatMu, formatPct, formatYuan } from './proposal-numbers';
import { parameterName } from './proposal-parameter-names';
import { heading, para, simpleTable } from './proposal-wording';

/** Section 八: the funding plan of the chosen scenario, itemised, with every policy figure cited. */

const GROUP_LABELS: Record<string, string> = {
  compensation: '拆迁补偿',
  allowance: '搬迁及过渡补助',
  reclamation: '复垦',
  construction: '安置房建设',
  infrastructure: '基础设施配套',
  fee: '勘测设计验收等费用',
};

const quantity = (q: number, unit: string) => (unit === '亩' ? q.toFixed(4) : unit === '元' ? formatYuan(q) : unit === 'm²' ? formatM2(q) : String(q));
const rateText = (rate: number, unit: string) => (unit === '元' ? formatPct(rate) : formatYuan(rate));

function valueText(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && 'kind' in v) {
    const fee = v as { kind: string; share?: number; yuanPerMu?: number };
    return fee.kind === 'share' ? `直接费用的 ${formatPct(fee.share ?? 0)}` : `${fee.yuanPerMu} 元/亩`;
  }
  return JSON.stringify(v);
}

/** The parameter entries the evaluation used: value, effective date and source, placeholders flagged. */
export function citationTable(parameters: readonly CitedValue<unknown>[]) {
  return simpleTable(
    [['参数', 26, 'left'], ['取值', 14, 'right'], ['生效日期', 13, 'center'], ['来源', 47, 'left']],
    // Placeholder sources already say 占位值 in their text; others flagged placeholder get the mark.
    parameters.map((p) => [parameterName(p.path), valueText(p.value), p.effectiveFrom, `${p.placeholder && !p.source.includes('占位值') ? '【占位值】' : ''}${p.source}`]),
  );
}

function costTable(e: ScenarioEvaluation) {
  return simpleTable(
    [['类别', 14, 'center'], ['项目', 22, 'left'], ['数量', 17, 'right'], ['单位', 7, 'center'], ['单价（元）或比例', 16, 'right'], ['金额（元）', 24, 'right']],
    e.costs.map((c) => [GROUP_LABELS[c.group] ?? c.group, c.label, quantity(c.quantity, c.unit), c.unit === '元' ? '—' : c.unit, rateText(c.rate, c.unit), formatYuan(c.yuan)]),
    ['合计', '', '', '', '', formatYuan(e.totalCostYuan)],
  );
}

export function fundingSection(input: ProposalInput): Block[] {
  const blocks: Block[] = [heading('八、资金筹措与平衡')];
  const chosenId = input.scenarios.find((s) => s.chosen)?.scenario.id;
  const e = input.comparison?.evaluations.find((x) => x.scenarioId === chosenId);
  if (!e) return [...blocks, para('尚无可测算的推荐方案，资金平衡待方案选定后测算。')];
  const r = e.revenue;
  const price = e.parameters.find((p) => p.path === `quotaPriceYuanPerMu.${r.scope}`);
  const v = e.villages;
  blocks.push(
    para(`按推荐方案「${e.scenarioName}」测算，参数取${cnDate(e.asOf)}生效值。（一）成本：`, false),
    costTable(e),
    para(
      `（二）收益：预计验收复垦面积 ${formatMu(e.acceptedReclaimedM2)} 亩，安置用地 ${formatMu(e.resettlementLandM2)} 亩，` +
        `节余指标 ${formatMu(e.surplusM2)} 亩，按${SCOPE_LABELS[r.scope]}交易价格每亩 ${formatYuan(r.priceYuanPerMu)} 元` +
        `${price ? `（${price.placeholder ? '占位值，' : ''}自${cnDate(price.effectiveFrom)}起执行，来源：${price.source}）` : ''}，` +
        `节余指标收益 ${formatYuan(r.yuan)} 元。`,
    ),
    simpleTable(
      [['项目', 50, 'left'], ['金额（元）', 50, 'right']],
      [
        ['节余指标收益', formatYuan(r.yuan)],
        ['项目总成本', formatYuan(e.totalCostYuan)],
        ['收支差额（收益－成本）', formatYuan(e.netGainYuan)],
        ['以补偿、补助、安置房和配套形式返还村集体及农户', formatYuan(v.inKindYuan)],
        [`净收益分成返还村集体（${formatPct(v.gainShare)}）`, formatYuan(v.gainShareYuan)],
        ['返还农村合计', formatYuan(v.totalYuan)],
        ['资金平衡（收支差额－分成返还）', formatYuan(e.balanceYuan)],
      ],
    ),
    para(
      `（三）收益返还：返还村集体及农户合计 ${formatYuan(v.totalYuan)} 元` +
        `${v.shareOfRevenue === null ? '' : `，占节余指标收益的 ${formatPct(v.shareOfRevenue)}`}（国发〔2010〕47号：土地增值收益全部返还农村）。` +
        `${e.netGainYuan < 0 ? `项目资金缺口 ${formatYuan(-e.netGainYuan)} 元，须另行筹措。` : ''}`,
    ),
    para('（四）测算所用政策参数及来源：', false),
    citationTable(e.parameters),
  );
  if (e.parameters.some((p) => p.placeholder)) blocks.push(para('注：来源注明“占位值”的参数不是公布的标准，须由县按本地文件替换后再作决策依据。', false));
  return blocks;
}
