import type { Lane } from '../../../domain/case/case-lane';
import { STEP_STATUS_LABEL } from '../../../domain/case/case-lane';
import { CASE_STAGE_LABEL, type CaseStepView, type CaseView } from '../../../domain/case/case-view';
import { formatYuan } from '../../../domain/contract/capital-numerals';
import { formatMu } from '../../../domain/units';
import type { DocumentModel, TableBlock } from '../engine/document-model';
import { caseDocument, p, type CaseSources } from './case-document-frame';
import { CONTRACT_STATUS_LABEL, INSURANCE_PRODUCT_LABEL, MORTGAGE_STATUS_LABEL } from './case-wording';

/**
 * 流转案件六方进度表: one A4 page with the six lanes and their applicable steps (status, responsible, date,
 * documents received and reference numbers), the gates, the records in brief and the next deadlines.
 * Steps that do not apply are left out; a lane with none says 不适用 once.
 */

export const CASE_SUMMARY_TITLE = '土地流转案件六方进度表';
const DEADLINES_SHOWN = 4;

const LANE_SHORT: Record<Lane, string> = {
  transferors: '流出方',
  transferee: '流入方',
  bureau: '农业农村部门',
  bank: '银行',
  insurer: '保险机构',
  coop: '供销社',
};

/** Status, responsible, completion and due dates, documents received, reference numbers, and why it is held. */
function stepCells(s: CaseStepView): string[] {
  const received = s.checklist.filter((c) => c.received).length;
  const why = [s.status === 'returned' && s.note ? `退回：${s.note}` : '', s.blockedBy.length ? `受阻：${s.blockedBy.join('、')}` : ''].filter(Boolean);
  return [
    s.title,
    STEP_STATUS_LABEL[s.status],
    s.responsible,
    s.status === 'done' || s.status === 'returned' ? (s.statusOn ?? '') : '',
    s.status === 'done' ? '' : (s.dueDate ?? ''),
    s.checklist.length ? `${received}/${s.checklist.length}` : '',
    s.refs.map((r) => `${r.label}${r.value}`).join('；'),
    why.join('；'),
  ];
}

/** Ten columns, so the engine sets the table dense and the 22 steps fit the page with the rest. */
function lanesTable(c: CaseView): TableBlock {
  let seq = 0;
  const rows = c.lanes.flatMap((lane) => {
    const steps = lane.steps.filter((s) => s.applies);
    const status = `（${STEP_STATUS_LABEL[lane.status]}）`;
    if (steps.length === 0) return [[String(++seq), LANE_SHORT[lane.lane] + status, '—', STEP_STATUS_LABEL.not_applicable, '', '', '', '', '', '']];
    // The lane's name on its first row and its status on the second keeps both rows one line high.
    const label = (i: number) => (steps.length === 1 ? (i === 0 ? LANE_SHORT[lane.lane] + status : '') : i === 0 ? LANE_SHORT[lane.lane] : i === 1 ? status : '');
    return steps.map((s, i) => [String(++seq), label(i), ...stepCells(s)]);
  });
  const w = [4, 11, 19, 5, 17, 9, 8, 4, 16, 7];
  const align = ['center', 'left', 'left', 'center', 'center', 'center', 'center', 'center', 'left', 'left'] as const;
  return {
    kind: 'table',
    columns: w.map((widthPct, i) => ({ widthPct, align: align[i]! })),
    header: [['序号', '参与方（状态）', '步骤', '状态', '负责人', '完成日', '期限', '材料', '编号', '说明'].map((text) => ({ text }))],
    rows,
    total: null,
    minRowHeightMm: null,
  };
}

/** Gates, the records in brief and the next deadlines as 类别 | 内容 rows: one table keeps the page to one sheet. */
function gatesRecordsDeadlines(c: CaseView): TableBlock {
  const rows = [
    ...c.gates.map((g) => [g.severity === 'error' ? `阻断 ${g.ruleId}` : `提示 ${g.ruleId}`, g.message]),
    // Numbers (loan, policy, registration) stand in the lanes' 编号 column; here only what and until when.
    ...c.mortgages.map((m) => ['抵押', `${m.bank} ${formatYuan(m.amountYuan)}元 至${m.maturityDate} ${MORTGAGE_STATUS_LABEL[m.status]}，${m.registration ? '已登记' : '未登记'}`]),
    ...c.insurances.map((i) => ['保险', `${i.insurer} ${INSURANCE_PRODUCT_LABEL[i.product]} ${i.crop} ${formatMu(i.insuredM2)}亩 至${i.endDate}`]),
    ...c.trusteeships.map((t) => ['托管', `${t.coop} ${t.mode === 'full' ? '全托管' : '部分托管'} ${t.crop} ${formatMu(t.areaM2)}亩 ${formatYuan(t.feeYuanPerMu)}元/亩 至${t.endDate}`]),
  ];
  const households = c.contract.transferors.length;
  const consented = (kind: 'mortgage' | 'retransfer') => new Set(c.consents.filter((x) => x.kind === kind).map((x) => x.householdId)).size;
  if (c.consents.length || c.mortgages.length) rows.push(['书面同意', `抵押${consented('mortgage')}/${households}户，再流转${consented('retransfer')}/${households}户`]);
  for (const d of c.deadlines.slice(0, DEADLINES_SHOWN)) rows.push([`${d.overdue ? '逾期' : '待办'} ${d.date}`, d.text]);
  return {
    kind: 'table',
    columns: [
      { widthPct: 17, align: 'center' },
      { widthPct: 83, align: 'left' },
    ],
    header: [[{ text: '类别' }, { text: '内容' }]],
    rows: rows.length ? rows : [['—', '无关口提示、记录和近期待办']],
    total: null,
    minRowHeightMm: null,
  };
}

export function caseSummary(src: CaseSources): DocumentModel {
  const c = src.case;
  const k = c.contract;
  return caseDocument(src, CASE_SUMMARY_TITLE, [
    p(
      `${k.village}　${k.transfereeName}　${k.transferors.length}户${formatMu(k.areaM2)}亩　至${k.endDate}　` +
        `${CONTRACT_STATUS_LABEL[k.status]}　${CASE_STAGE_LABEL[c.stage]}${c.blocked ? '（受阻）' : ''}`,
      false,
    ),
    // No section headings: the two tables' own headers say what they hold, and the page stays one sheet.
    lanesTable(c),
    gatesRecordsDeadlines(c),
  ]);
}
