import type { Trusteeship, TrusteeshipOperation } from '../../../domain/case/case-records';
import type { Block } from '../engine/document-model';
import { box } from '../contract/contract-wording';

/**
 * 附件：农作物生产托管服务标准指引 — the service-standard table of the MARA 2020 model (domain.md D.3), one row
 * per stage with its technical points. A row is ticked when the contract entrusts it; the agreed standard is
 * written in by the parties, except the guaranteed yield of a full trusteeship, which the record holds.
 */

interface Stage {
  stage: string;
  points: string;
  /** The entrusted operation the stage belongs to; 'always' for planning rows, 'full' for rows only a full trusteeship carries. */
  by: TrusteeshipOperation | 'always' | 'full' | 'sales';
}

const STAGES: readonly Stage[] = [
  { stage: '作业准备', points: '作业时间安排，农资（种子、化肥、农药）采购计划，农机具选型', by: 'always' },
  { stage: '耕地', points: '耕作方式（深翻、旋耕、深松），作业时间窗口，耕深、耕宽、作业速度，作业质量', by: 'plough' },
  { stage: '种子处理', points: '品种选择，精选、包衣或拌种', by: 'sow' },
  { stage: '播种', points: '播种方式，播期，行距、株距，播种量，底肥品种与用量', by: 'sow' },
  { stage: '追肥', points: '追肥时期、品种、用量与方式', by: 'full' },
  { stage: '灌溉', points: '灌溉制度，灌水时期、次数和定额', by: 'irrigation' },
  { stage: '植保', points: '病虫草害防治方案，药剂与用量，施药器械（植保无人机等），安全间隔期', by: 'plant_protection' },
  { stage: '收获', points: '收获机型，作业时间窗口，损失率、破碎率、含杂率，留茬高度', by: 'harvest' },
  { stage: '秸秆处理', points: '秸秆离田或还田方式，粉碎长度，作业机具', by: 'straw' },
  { stage: '烘干仓储', points: '烘干方式与含水率，入库、储存条件', by: 'drying' },
  { stage: '销售', points: '代销方式，价格确定办法，货款结算', by: 'sales' },
  { stage: '综合技术方案', points: '全程技术方案，关键技术措施', by: 'always' },
];

function entrusted(t: Trusteeship, by: Stage['by']): boolean {
  if (by === 'always') return true;
  if (by === 'sales') return t.payment.kind === 'deduct_from_sales';
  if (t.mode === 'full') return true;
  return by !== 'full' && t.operations.includes(by);
}

export function serviceStandardsAnnex(t: Trusteeship): Block[] {
  const rows = STAGES.map((s, i) => [String(i + 1), s.stage, s.points, box(entrusted(t, s.by)), '']);
  if (t.mode === 'full') {
    const yieldText = `每亩产量不低于${t.guaranteedYieldKgPerMu ?? '____'}公斤${t.shortfallYuanPerKg !== null ? `，不足部分按每公斤${t.shortfallYuanPerKg}元赔偿` : ''}`;
    rows.push([String(rows.length + 1), '保底产量（全托管）', '约定每亩产量或收入及未达到时的补偿', box(true), yieldText]);
  }
  return [
    { kind: 'pageBreak' },
    { kind: 'heading', text: '附件：农作物生产托管服务标准指引' },
    { kind: 'paragraph', text: `作物：${t.crop}　托管方式：${t.mode === 'full' ? '全托管' : '部分托管'}（☑为本合同委托的环节）`, indent: false },
    {
      kind: 'table',
      columns: [
        { widthPct: 6, align: 'center' },
        { widthPct: 14, align: 'center' },
        { widthPct: 38, align: 'left' },
        { widthPct: 8, align: 'center' },
        { widthPct: 34, align: 'left' },
      ],
      header: [[{ text: '序号' }, { text: '环节' }, { text: '服务内容与技术要求' }, { text: '委托' }, { text: '约定标准' }]],
      rows,
      total: null,
      minRowHeightMm: 14,
    },
    { kind: 'paragraph', text: '甲方（签字或盖章）：________________　　乙方（盖章）：________________', indent: false },
  ];
}
