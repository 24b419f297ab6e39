import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../../../../src/io/documents/engine/document-model';
import { proposalDocument } from '../../../../src/io/documents/proposal/proposal-document';
import type { ProposalInput } from '../../../../src/io/documents/proposal/proposal-input';
import { formatHa, formatMu, formatPct, formatYuan } from '../../../../src/io/documents/proposal/proposal-numbers';
import { demoProposal } from './demo-proposal';

let input: ProposalInput;
beforeAll(() => {
  input = demoProposal();
});

const doc = (i: ProposalInput = input) => proposalDocument(i, { maps: [{ svg: '<svg viewBox="0 0 170 150"></svg>', note: '图 1' }] });
const headings = (blocks: Block[]) => blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
/** The first table after the heading that starts with `prefix`. */
function tableAfter(blocks: Block[], prefix: string, nth = 0): TableBlock {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(prefix));
  return blocks.slice(at).filter((b): b is TableBlock => b.kind === 'table')[nth]!;
}
const text = (blocks: Block[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');

describe('the relocation proposal document', () => {
  it('is titled after the project and has the nine sections in order', () => {
    const d = doc();
    expect(d.blocks.find((b) => b.kind === 'title')).toEqual({ kind: 'title', text: '王桥村、史楼村合村并居项目搬迁安置方案' });
    expect(headings(d.blocks)).toEqual([
      '一、项目概况',
      '二、拆旧建新地块分布图',
      '三、拆旧建新面积平衡',
      '四、政策规则核查',
      '五、项目区地类平衡表',
      '六、搬迁户及意愿情况',
      '七、安置方案及方案比选',
      '八、资金筹措与平衡',
      '九、挂钩指标台账',
    ]);
    expect(d.headerText).toContain(input.project.code);
    expect(d.footerText).toContain(`数据指纹：${input.fingerprint}`);
    expect(d.watermark).toBeNull();
  });

  it('states the balance in m², 亩 and 公顷 from the exact sums of the parcel areas', () => {
    const demolition = input.parcels.demolition.reduce((s, p) => s + p.areaM2, 0);
    const construction = input.parcels.construction.reduce((s, p) => s + p.areaM2, 0);
    const t = tableAfter(doc().blocks, '三、');
    expect(t.rows[0]).toEqual(['拆旧地块', '332', expect.any(String), formatMu(demolition), formatHa(demolition)]);
    expect(t.rows[1]!.slice(3)).toEqual([formatMu(construction), formatHa(construction)]);
    expect(t.total!.slice(3)).toEqual([formatMu(demolition - construction), formatHa(demolition - construction)]);
    // Rounded once from the exact difference, not the difference of rounded figures.
    expect(t.total![3]).toBe('40.89');
  });

  it('lists every ZJ and PB rule with its basis and result, and the land-class table with matching totals', () => {
    const blocks = doc().blocks;
    const rules = tableAfter(blocks, '四、');
    expect(rules.rows.map((r) => r[0])).toEqual(input.rules.map((r) => r.id));
    expect(rules.rows.every((r) => r[2] === '通过' && r[3]!.length > 10)).toBe(true);
    const land = tableAfter(blocks, '五、');
    expect(land.rows.map((r) => r[0])).toEqual(['耕地', '园地', '林地', '其他农用地', '建设用地', '未利用地']);
    expect(land.total![1]).toBe(land.total![2]);
    expect(land.total![1]).toBe(formatMu(input.landClassTable.total.beforeM2));
  });

  it('summarises households and consent against the threshold with its source and date', () => {
    const blocks = doc().blocks;
    const t = tableAfter(blocks, '六、');
    expect(t.total!.slice(0, 3)).toEqual(['合计', '307', String(input.households.reduce((s, h) => s + h.members.length, 0))]);
    expect(t.total!.slice(5)).toEqual(['295', '6', '6']);
    const consent = text(blocks);
    expect(consent).toContain(`同意率 ${formatPct(input.consent!.rate)}`);
    expect(consent).toContain('不低于 95.00%');
    expect(consent).toContain(input.consent!.threshold.source);
    expect(consent).toContain('2020年1月1日');
  });

  it('compares all scenarios side by side with the API rows and marks the chosen one', () => {
    const t = tableAfter(doc().blocks, '七、');
    expect(t.header[0]!.map((c) => c.text)).toEqual(['项目', '单位', '统一建设安置楼房（推荐）', '规划自建平房院落']);
    expect(t.rows.map((r) => r[0])).toEqual(input.comparison!.rows.map((r) => r.label));
    const cost = input.comparison!.rows.find((r) => r.key === 'cost.total')!;
    expect(t.rows.find((r) => r[0] === '总成本')!.slice(2)).toEqual(cost.values.map((v) => formatYuan(v!)));
    const land = input.comparison!.rows.find((r) => r.key === 'land.resettlement')!;
    expect(t.rows.find((r) => r[0] === '安置用地面积')!.slice(2)).toEqual(land.values.map((v) => formatMu(v!)));
  });

  it('itemises the chosen scenario’s costs, revenue at the dated price and the share returned to the villages', () => {
    const blocks = doc().blocks;
    const e = input.comparison!.evaluations[0]!;
    const costs = tableAfter(blocks, '八、');
    expect(costs.rows).toHaveLength(e.costs.length);
    expect(costs.total![5]).toBe(formatYuan(e.totalCostYuan));
    const all = text(blocks);
    expect(all).toContain(`节余指标收益 ${formatYuan(e.revenue.yuan)} 元`);
    expect(all).toContain(`每亩 ${formatYuan(250000)} 元`);
    expect(all).toContain('自2000年1月1日起执行');
    const sheet = tableAfter(blocks, '八、', 1);
    expect(sheet.rows.find((r) => r[0] === '返还农村合计')![1]).toBe(formatYuan(e.villages.totalYuan));
    const cited = tableAfter(blocks, '八、', 2);
    expect(cited.rows.map((r) => r[0])).toContain('县域内节余指标价格（元/亩）');
    expect(cited.rows.every((r) => /\d{4}-\d{2}-\d{2}/.test(r[2]!) && r[3]!.length > 0)).toBe(true);
  });

  it('prints the ledger statement with running balances and the balance line', () => {
    const blocks = doc().blocks;
    const t = tableAfter(blocks, '九、');
    expect(t.rows.map((r) => r[1])).toEqual(input.quota.statement.map((r) => r.label));
    const last = input.quota.statement.at(-1)!;
    expect(t.rows.at(-1)!.slice(3)).toEqual([formatMu(last.areaM2), formatYuan(last.amountYuan!), formatMu(last.balance.outstandingRevolvingM2), formatMu(last.balance.surplusAvailableM2)]);
    expect(text(blocks)).toContain('无预警');
  });

  it('prints a project with an error finding as a draft and says what is missing when nothing is surveyed', () => {
    const bare: ProposalInput = {
      ...input,
      findings: [{ ruleId: 'ZJ-02', severity: 'error', message: '建新面积大于拆旧面积', path: null, parcelIds: [] }],
      households: [],
      consent: null,
      scenarios: [],
      comparison: null,
      quota: { ...input.quota, statement: [] },
    };
    const d = proposalDocument(bare, { maps: [] });
    expect(d.watermark).toBe('草稿');
    expect(d.blocks[0]).toEqual({ kind: 'numberLine', text: `项目编号：${input.project.code}（草稿）` });
    const all = text(d.blocks);
    expect(all).toContain('【错误】ZJ-02 建新面积大于拆旧面积');
    expect(all).toContain('尚未登记搬迁户');
    expect(all).toContain('尚未保存安置方案');
    expect(all).toContain('尚无可测算的推荐方案');
    expect(all).toContain('台账尚无记录');
    expect(d.blocks.find((b) => b.kind === 'figure')).toMatchObject({ svg: null });
    expect(tableAfter(d.blocks, '四、').rows.find((r) => r[0] === 'ZJ-02')![2]).toBe('错误（1 项）');
  });

  it('keeps the legal bases as written, minus signs included, for the print engine to map', () => {
    expect(input.rules.some((r) => r.basis.includes('\u2212'))).toBe(true);
    expect(JSON.stringify(doc().blocks)).toContain('\u2212');
  });
});
