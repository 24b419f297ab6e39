import { z } from 'zod';
import type { RentBasis } from '../../domain/contract/contract-draft';
import type { PartyKind } from '../../domain/contract/contract-facts';
import { ContractStatusSchema } from '../../domain/contract/contract-view';
import { m2ToMu, roundHalfUp } from '../../domain/units';
import type { SheetSpec } from '../../io/table/xlsx-writer';
import { listContracts, statusOn } from '../../store/contracts/contracts-repo';
import { householdsByIds } from '../../store/contracts/households-repo';
import { getParty } from '../../store/contracts/parties-repo';
import type { Project } from '../../store/project';

/** The township transfer ledger (流转台账, domain.md B.5): one row per contract, numbered or not. */

export const LedgerRowSchema = z.object({
  id: z.number().int().positive(),
  number: z.string().nullable(),
  status: ContractStatusSchema,
  mode: z.enum(['lease', 'share', 'other']),
  holders: z.array(z.string()),
  transferee: z.string(),
  transfereeKind: z.string(),
  transfereeUscc: z.string().nullable(),
  parcelCodes: z.array(z.string()),
  /** Exact m²; the sheet shows 亩. */
  areaM2: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  use: z.string(),
  rentBasis: z.string(),
  filedOn: z.string().nullable(),
  approvalNo: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
});
export type LedgerRow = z.infer<typeof LedgerRowSchema>;

const MODE_NAMES = { lease: '出租（转包）', share: '入股', other: '其他' } as const;
const STATUS_NAMES = { draft: '草稿', numbered: '已编号', filed: '已备案', active: '履行中', expired: '已到期', terminated: '已终止' } as const;
const KIND_NAMES: Record<PartyKind, string> = {
  household: '农户', individual: '自然人', cooperative: '农民专业合作社', family_farm: '家庭农场', company: '公司', collective: '农村集体经济组织', other: '其他',
};

export function rentBasisText(rent: RentBasis): string {
  switch (rent.kind) {
    case 'cash':
      return `现金 ${rent.yuanPerMuYear} 元/亩·年`;
    case 'grain':
      return `实物折资 ${rent.jinPerMuYear} 斤/亩·年（${{ wheat: '小麦', corn: '玉米', rice: '稻谷', soybean: '大豆' }[rent.grain]}，每 ${rent.resetEveryYears} 年按 ${rent.priceDate} 价格调整）`;
    case 'share':
      return rent.scheme === 'guaranteed_plus_dividend' ? `保底 ${rent.guaranteedYuanPerMuYear ?? 0} 元/亩·年＋按股分红` : '按股分红';
    case 'other':
      return rent.text;
  }
}

export function ledgerRows(project: Project, asOf: string, townCode?: string): LedgerRow[] {
  const parcelArea = project.db.prepare(`SELECT code, ellipsoid_area_m2 AS a FROM parcels WHERE fid = ?`);
  return listContracts(project, { townCode }).map((c) => {
    const party = getParty(project, c.draft.transfereePartyId);
    const parcels = c.draft.parcels.map((p) => ({ drafted: p, row: parcelArea.get(p.parcelId) as { code: string; a: number } | undefined }));
    return {
      id: c.id,
      number: c.number,
      status: statusOn(c, asOf),
      mode: c.draft.mode,
      holders: householdsByIds(project, c.draft.transferorHouseholdIds).map((h) => h.headName),
      transferee: party?.name ?? '',
      transfereeKind: party ? KIND_NAMES[party.kind] : '',
      transfereeUscc: party?.uscc ?? null,
      parcelCodes: parcels.map((p) => p.row?.code ?? String(p.drafted.parcelId)),
      areaM2: parcels.reduce((s, p) => s + (p.drafted.areaM2 ?? p.row?.a ?? 0), 0),
      startDate: c.draft.startDate,
      endDate: c.draft.endDate,
      use: c.draft.use,
      rentBasis: rentBasisText(c.draft.rent),
      filedOn: c.filedOn,
      approvalNo: c.draft.socialCapitalReview?.approvalNo ?? null,
      terminatedOn: c.terminatedOn,
      terminationReason: c.terminationReason,
    };
  });
}

/** The ledger as the sheet 流转台账: Chinese headers, 亩 to 2 decimals (half up), codes as text. */
export function ledgerSheet(rows: readonly LedgerRow[]): SheetSpec {
  const text = (name: string) => ({ name, type: 'string' as const });
  return {
    name: '流转台账',
    fields: [
      text('合同编号'), text('流转方式'), text('流出方（承包户）'), { name: '户数', type: 'integer' }, text('流入方'), text('流入方类型'),
      text('统一社会信用代码'), text('地块代码'), { name: '面积（亩）', type: 'number' }, { name: '面积（平方米）', type: 'number' },
      { name: '起始日期', type: 'date' }, { name: '终止日期', type: 'date' }, text('用途'), text('租金方式'),
      { name: '备案日期', type: 'date' }, text('审查批准文号'), text('状态'), text('终止原因'),
    ],
    rows: rows.map((r) => ({
      合同编号: r.number ?? `草稿 ${r.id}`,
      流转方式: MODE_NAMES[r.mode],
      '流出方（承包户）': r.holders.join('、'),
      户数: r.holders.length,
      流入方: r.transferee,
      流入方类型: r.transfereeKind,
      统一社会信用代码: r.transfereeUscc,
      地块代码: r.parcelCodes.join('、'),
      '面积（亩）': roundHalfUp(m2ToMu(r.areaM2), 2),
      '面积（平方米）': r.areaM2,
      起始日期: r.startDate,
      终止日期: r.endDate,
      用途: r.use,
      租金方式: r.rentBasis,
      备案日期: r.filedOn,
      审查批准文号: r.approvalNo,
      状态: STATUS_NAMES[r.status],
      终止原因: r.terminatedOn ? `${r.terminatedOn} ${r.terminationReason ?? ''}`.trim() : null,
    })),
  };
}
