import type { CaseView } from '../../../domain/case/case-view';
import { formatYuan } from '../../../domain/contract/capital-numerals';
import type { ContractStatus, ContractView, ParcelRow } from '../../../domain/contract/contract-view';
import type { Mortgage } from '../../../domain/case/case-records';
import { formatMu } from '../../../domain/units';
import type { TableBlock } from '../engine/document-model';
import { cnDate, GRAIN } from '../contract/contract-wording';

/** The Chinese words the case documents share: statuses, modes, the rent basis, a parcel table. */

export const CONTRACT_STATUS_LABEL: Record<ContractStatus, string> = {
  draft: '草拟',
  numbered: '已编号',
  filed: '已备案',
  active: '履行中',
  expired: '已到期',
  terminated: '已终止',
};

export const TRANSFER_MODE_LABEL: Record<ContractView['draft']['mode'], string> = { lease: '出租', share: '入股', other: '其他方式' };

export const MORTGAGE_STATUS_LABEL: Record<Mortgage['status'], string> = { active: '正常', repaid: '已结清', defaulted: '违约', disposed: '已处置' };

export const INSURANCE_PRODUCT_LABEL: Record<CaseView['insurances'][number]['product'], string> = {
  physical_cost: '物化成本保险',
  full_cost: '完全成本保险',
  income: '种植收入保险',
  performance_guarantee: '流转履约保证保险',
  specialty: '特色农产品保险',
};

export const percent = (fraction: number): string => `${Number((fraction * 100).toFixed(4))}%`;

export const term = (start: string, end: string): string => `${cnDate(start)}至${cnDate(end)}`;

/** The rent as the contract sets it, in one line: 现金 900.00元/亩·年, 实物折资 800斤小麦/亩·年… */
export function rentBasisText(view: ContractView): string {
  const r = view.draft.rent;
  switch (r.kind) {
    case 'cash':
      return `现金 ${formatYuan(r.yuanPerMuYear)}元/亩·年`;
    case 'grain':
      return `实物折资 ${r.jinPerMuYear}斤${GRAIN[r.grain]}/亩·年（每${r.resetEveryYears}年按粮价调整）`;
    case 'share':
      return r.scheme === 'guaranteed_plus_dividend' && r.guaranteedYuanPerMuYear !== null
        ? `入股 保底${formatYuan(r.guaranteedYuanPerMuYear)}元/亩·年加分红`
        : '入股 按股分红';
    case 'other':
      return r.text;
  }
}

/** The parcels given, with a 合计 row summed in m² before rounding to 亩. */
export function parcelsTable(rows: readonly ParcelRow[], holderOf?: (row: ParcelRow) => string): TableBlock {
  const withHolder = holderOf !== undefined;
  return {
    kind: 'table',
    columns: withHolder
      ? [
          { widthPct: 7, align: 'center' },
          { widthPct: 14, align: 'center' },
          { widthPct: 17, align: 'center' },
          { widthPct: 30, align: 'center' },
          { widthPct: 12, align: 'center' },
          { widthPct: 20, align: 'right' },
        ]
      : [
          { widthPct: 8, align: 'center' },
          { widthPct: 22, align: 'center' },
          { widthPct: 38, align: 'center' },
          { widthPct: 12, align: 'center' },
          { widthPct: 20, align: 'right' },
        ],
    header: [[{ text: '序号' }, ...(withHolder ? [{ text: '承包方' }] : []), { text: '地块名称' }, { text: '地块编码' }, { text: '地类' }, { text: '面积（亩）' }]],
    rows: rows.map((r, i) => [String(i + 1), ...(withHolder ? [holderOf(r)] : []), r.name, r.code, r.landClassName, formatMu(r.areaM2)]),
    total: ['合计', ...(withHolder ? [''] : []), `${rows.length}块`, '', '', formatMu(rows.reduce((s, r) => s + r.areaM2, 0))],
    minRowHeightMm: null,
  };
}
