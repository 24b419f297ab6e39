import type Database from 'better-sqlite3';
import { z } from 'zod';
import { CONTRACT_STATUS_LABEL } from '../../domain/contract/contract-view';
import type { AmendmentRequest } from '../../domain/contract/contract-amendment';
import { EditRefused } from '../../geo/edit/edit-refused';
import { linkageOverParcels } from '../linkage/contracted-land';
import type { Project } from '../project';

/**
 * What rests on a parcel and so holds its outline: a transfer contract in force (with its six-party
 * case's mortgages, insurance and trusteeship), or a linkage project's demolition or construction parcel.
 * Such a parcel is split, merged, reshaped or cut only as a recorded amendment of its contract; never
 * under a linkage parcel. Drafts do not hold a parcel: they follow lineage (LT-22).
 */

export const EncumbranceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('contract'),
    parcelId: z.number().int(),
    parcelCode: z.string(),
    contractId: z.number().int(),
    number: z.string().nullable(),
    status: z.enum(['numbered', 'filed', 'active']),
    transfereeName: z.string(),
    /** The case's records on the land, e.g. 抵押 1 笔. */
    caseRecords: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('linkage'),
    parcelId: z.number().int(),
    parcelCode: z.string(),
    projectCode: z.string(),
    linkageKind: z.enum(['demolition', 'construction']),
    linkageCode: z.string(),
  }),
]);
export type Encumbrance = z.infer<typeof EncumbranceSchema>;

const CASE_RECORDS = [
  ['case_mortgages', '抵押', '笔'],
  ['case_insurances', '保险', '份'],
  ['case_trusteeships', '托管', '份'],
] as const;

export function encumbrancesOf(project: Project, fids: readonly number[], today: string): Encumbrance[] {
  const db = project.db;
  const code = db.prepare(`SELECT code FROM parcels WHERE fid = ?`).pluck();
  const contracts = db.prepare(
    `SELECT c.id, c.number, c.status, coalesce(pa.name, '') AS transferee FROM contract_parcels cp
     JOIN contracts c ON c.id = cp.contract_id LEFT JOIN parties pa ON pa.id = c.transferee_party_id
     WHERE cp.parcel_fid = ? AND c.status IN ('numbered', 'filed', 'active') AND c.end_date >= ? ORDER BY c.id`,
  );
  const counts = CASE_RECORDS.map(([table, label, unit]) => ({ stmt: db.prepare(`SELECT count(*) FROM ${table} WHERE contract_id = ?`).pluck(), label, unit }));
  const ids = [...new Set(fids)];
  const held = ids.flatMap((fid): Encumbrance[] =>
    (contracts.all(fid, today) as { id: number; number: string | null; status: 'numbered' | 'filed' | 'active'; transferee: string }[]).map((c) => ({
      kind: 'contract',
      parcelId: fid,
      parcelCode: (code.get(fid) as string | undefined) ?? String(fid),
      contractId: c.id,
      number: c.number,
      status: c.status,
      transfereeName: c.transferee,
      caseRecords: counts.flatMap(({ stmt, label, unit }) => {
        const n = stmt.get(c.id) as number;
        return n > 0 ? [`${label} ${n} ${unit}`] : [];
      }),
    })),
  );
  const linkage = linkageOverParcels(project, ids, today).map(
    (l): Encumbrance => ({
      kind: 'linkage',
      parcelId: l.parcelId,
      parcelCode: (code.get(l.parcelId) as string | undefined) ?? String(l.parcelId),
      projectCode: l.projectCode,
      linkageKind: l.kind,
      linkageCode: l.linkageCode,
    }),
  );
  return [...held, ...linkage];
}

/** The parcels a contract holds now (fid → leased m², null = the whole parcel). */
export function heldParcels(db: Database.Database, contractId: number): Map<number, number | null> {
  const rows = db.prepare(`SELECT parcel_fid, area_m2 FROM contract_parcels WHERE contract_id = ?`).all(contractId) as { parcel_fid: number; area_m2: number | null }[];
  return new Map(rows.map((r) => [r.parcel_fid, r.area_m2]));
}

export function describeEncumbrance(e: Encumbrance): string {
  if (e.kind === 'linkage') return `地块 ${e.parcelCode} 在增减挂钩项目 ${e.projectCode} 的${e.linkageKind === 'demolition' ? '拆旧' : '建新'}地块 ${e.linkageCode} 之下`;
  const caseText = e.caseRecords.length > 0 ? `，六位一体案件有${e.caseRecords.join('、')}` : '';
  return `地块 ${e.parcelCode} 在流转合同 ${e.number ?? `（草稿 ${e.contractId}）`}（${CONTRACT_STATUS_LABEL[e.status]}，乙方“${e.transfereeName}”${caseText}）中`;
}

const EDIT_VERB: Record<string, string> = { split: '分割', merge: '合并', reshape: '修改边界', hole: '挖洞', undo: '撤销', redo: '重做' };

/**
 * Refuses an edit of parcels something rests on, naming each; a contract in force may be carried over by
 * `amendment` (its own parcels only), a linkage parcel never.
 */
export function requireEditAllowed(project: Project, fids: readonly number[], today: string, amendment: AmendmentRequest | null, doing: string): void {
  const found = encumbrancesOf(project, fids, today);
  const verb = EDIT_VERB[doing] ?? doing;
  const blocking = found.filter((e) => e.kind === 'linkage' || e.contractId !== amendment?.contractId);
  if (blocking.length > 0) {
    const contractHint = blocking.some((e) => e.kind === 'contract') && doing !== 'undo' && doing !== 'redo' ? '；如确需修改在流转中的地块，请以合同变更（注明合同、变更原因和日期）进行' : '';
    throw new EditRefused(`不能${verb}：${blocking.map(describeEncumbrance).join('；')}${contractHint}`);
  }
  if (amendment && !found.some((e) => e.kind === 'contract' && e.contractId === amendment.contractId)) {
    const number = project.db.prepare(`SELECT number FROM contracts WHERE id = ?`).pluck().get(amendment.contractId) as string | null | undefined;
    const label = number === undefined ? `合同 ${amendment.contractId} 不存在` : `所编辑的地块不在合同 ${number ?? amendment.contractId} 的在履行地块之中`;
    throw new EditRefused(`变更不适用：${label}`);
  }
}
