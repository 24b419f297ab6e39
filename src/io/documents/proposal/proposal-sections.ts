import { landClassName, type LandClassCode } from '../../../domain/land-class';
import type { Block, TableBlock } from '../engine/document-model';
import type { ProposalInput } from './proposal-input';
import type { ProposalMap } from './proposal-maps';
import { cnDate, formatHa, formatM2, formatMu, sum } from './proposal-numbers';
import { heading, para, SEVERITY_LABELS, simpleTable, STATUS_LABELS, USE_LABELS } from './proposal-wording';

/** Sections 一 to 五 of the proposal: the project, its map, the area balance, the rule checks, the land classes. */

const classText = (code: LandClassCode | null) => (code === null ? '未定' : `${code} ${landClassName(code)}`);

export function summarySection(input: ProposalInput): Block[] {
  const p = input.project;
  const kv: TableBlock = {
    kind: 'table',
    columns: [
      { widthPct: 16, align: 'center' },
      { widthPct: 34, align: 'left' },
      { widthPct: 16, align: 'center' },
      { widthPct: 34, align: 'left' },
    ],
    header: [],
    rows: [
      ['项目编号', p.code, '项目名称', p.name],
      ['涉及乡镇', p.townships.join('、'), '涉及村庄', p.villages.map((v) => v.name).join('、') || '—'],
      ['批准文号', p.approvalDoc ?? '尚未批准', '项目状态', STATUS_LABELS[p.status] ?? p.status],
      ['开始日期', cnDate(p.startDate), '截止日期', cnDate(p.deadline)],
    ],
    total: null,
    minRowHeightMm: null,
  };
  const resolutions = p.villages.map((v) => (v.resolution ? `${v.name}：${v.resolution.docNo}（${cnDate(v.resolution.date)}）` : `${v.name}：尚无村民会议决议`));
  return [
    heading('一、项目概况'),
    kv,
    para(`村民会议决议：${resolutions.join('；') || '无'}。`),
    para(`本方案数据截至${cnDate(input.asOf)}。面积为按 CGCS2000 椭球计算的地块面积，先以平方米精确求和，再折算为亩（保留 2 位小数）和公顷（保留 4 位小数）。`),
  ];
}

export function mapSection(maps: readonly ProposalMap[]): Block[] {
  const figures: Block[] = maps.length
    ? maps.map((m): Block => ({ kind: 'figure', svg: m.svg, note: m.note }))
    : [{ kind: 'figure', svg: null, note: '本项目尚无拆旧或建新地块图形，未能生成地块分布图。' }];
  return [{ kind: 'pageBreak' }, heading('二、拆旧建新地块分布图'), ...figures];
}

const areaCells = (m2: number) => [formatM2(m2), formatMu(m2), formatHa(m2)];

export function balanceSection(input: ProposalInput): Block[] {
  const { demolition, construction } = input.parcels;
  const demolitionM2 = sum(demolition.map((p) => p.areaM2));
  const constructionM2 = sum(construction.map((p) => p.areaM2));
  const balance = simpleTable(
    [['项目', 22, 'center'], ['地块数', 14, 'right'], ['面积（m²）', 24, 'right'], ['面积（亩）', 20, 'right'], ['面积（公顷）', 20, 'right']],
    [
      ['拆旧地块', String(demolition.length), ...areaCells(demolitionM2)],
      ['建新地块', String(construction.length), ...areaCells(constructionM2)],
    ],
    ['结余（拆旧－建新）', '', ...areaCells(demolitionM2 - constructionM2)],
  );
  const villages = [...new Set(demolition.map((p) => p.villageName))];
  const byVillage = simpleTable(
    [['村', 20, 'center'], ['拆旧地块数', 16, 'right'], ['涉及户数', 14, 'right'], ['面积（亩）', 18, 'right'], ['现状地类', 16, 'center'], ['复垦方向', 16, 'center']],
    villages.map((v) => {
      const of = demolition.filter((p) => p.villageName === v);
      const classes = (pick: (p: (typeof of)[number]) => LandClassCode | null) => [...new Set(of.map((p) => classText(pick(p))))].join('、');
      return [v, String(of.length), String(sum(of.map((p) => p.households))), formatMu(sum(of.map((p) => p.areaM2))), classes((p) => p.landClassBefore), classes((p) => p.targetClass)];
    }),
    ['合计', String(demolition.length), String(sum(demolition.map((p) => p.households))), formatMu(demolitionM2), '', ''],
  );
  const built = simpleTable(
    [['编号', 18, 'center'], ['用途', 16, 'center'], ['现状地类', 20, 'center'], ['面积（亩）', 16, 'right'], ['面积（公顷）', 14, 'right'], ['占用耕地（亩）', 16, 'right']],
    construction.map((c) => [c.code, USE_LABELS[c.use], classText(c.landClassBefore), formatMu(c.areaM2), formatHa(c.areaM2), formatMu(c.occupiedCultivatedM2)]),
  );
  return [
    heading('三、拆旧建新面积平衡'),
    balance,
    para('拆旧地块按村汇总如下：', false),
    byVillage,
    para('建新地块如下：', false),
    built,
  ];
}

export function rulesSection(input: ProposalInput): Block[] {
  const findingsOf = (id: string) => input.findings.filter((f) => f.ruleId === id);
  const result = (id: string) => {
    const found = findingsOf(id);
    if (found.length === 0) return '通过';
    return [...new Set(found.map((f) => SEVERITY_LABELS[f.severity] ?? f.severity))].join('、') + `（${found.length} 项）`;
  };
  const table = simpleTable(
    [['规则', 9, 'center'], ['核查内容', 25, 'left'], ['结果', 12, 'center'], ['依据', 54, 'left']],
    input.rules.map((r) => [r.id, r.title, result(r.id), r.basis]),
  );
  const details = input.findings.map((f) => para(`【${SEVERITY_LABELS[f.severity] ?? f.severity}】${f.ruleId} ${f.message}`, false));
  return [
    heading('四、政策规则核查'),
    para(`按增减挂钩项目区规则（ZJ）和永久基本农田规则（PB）核查，共 ${input.rules.length} 条，${input.findings.length === 0 ? '未发现问题' : `发现 ${input.findings.length} 项问题，详见表后说明`}。`),
    table,
    ...details,
  ];
}

export function landClassSection(input: ProposalInput): Block[] {
  const t = input.landClassTable;
  const cells = (r: { beforeM2: number; afterM2: number; changeM2: number }) => [
    formatMu(r.beforeM2),
    formatMu(r.afterM2),
    formatMu(r.changeM2),
    formatHa(r.beforeM2),
    formatHa(r.afterM2),
    formatHa(r.changeM2),
  ];
  const table: TableBlock = {
    kind: 'table',
    columns: [{ widthPct: 16, align: 'center' }, ...Array.from({ length: 6 }, () => ({ widthPct: 14, align: 'right' as const }))],
    header: [
      [{ text: '地类', rowSpan: 2 }, { text: '面积（亩）', colSpan: 3 }, { text: '面积（公顷）', colSpan: 3 }],
      [{ text: '实施前' }, { text: '实施后' }, { text: '增减' }, { text: '实施前' }, { text: '实施后' }, { text: '增减' }],
    ],
    rows: t.rows.map((r) => [r.label, ...cells(r)]),
    total: ['合计', ...cells(t.total)],
    minRowHeightMm: null,
  };
  return [
    heading('五、项目区地类平衡表'),
    table,
    para(t.balanced ? '实施前后地类面积合计相等，项目区地类平衡。' : `${t.mismatch ?? '地类平衡表不平'}。`),
  ];
}
