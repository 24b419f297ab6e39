import { z } from 'zod';
import { TransferModeSchema } from '../../domain/contract/contract-draft';
import { PartyKindSchema } from '../../domain/contract/contract-facts';
import { ContractStatusSchema } from '../../domain/contract/contract-view';
import { m2ToMu, roundHalfUp } from '../../domain/units';
import type { Project } from '../project';
import { listContracts, statusOn, type ContractFilter, type ContractRecord } from './contracts-repo';

/** One line per contract for lists and `landlink info`: number, status, parties and area. */

export const ContractSummarySchema = z.object({
  id: z.number().int().positive(),
  number: z.string().nullable(),
  status: ContractStatusSchema,
  mode: TransferModeSchema,
  transferee: z.object({ id: z.number().int(), name: z.string(), kind: PartyKindSchema.nullable() }),
  /** Number of transferor households (甲方). */
  households: z.number().int(),
  /** Leased area, exact m², and in 亩 rounded half up to 2 decimals for display. */
  areaM2: z.number(),
  areaMu: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  villages: z.array(z.string()),
  updatedAt: z.string(),
});
export type ContractSummary = z.infer<typeof ContractSummarySchema>;

export function summarize(project: Project, c: ContractRecord, asOf: string): ContractSummary {
  const db = project.db;
  const party = db.prepare(`SELECT name, kind FROM parties WHERE id = ?`).get(c.draft.transfereePartyId) as { name: string; kind: ContractSummary['transferee']['kind'] } | undefined;
  const area = db.prepare(`SELECT ellipsoid_area_m2 AS a FROM parcels WHERE fid = ?`);
  const areaM2 = c.draft.parcels.reduce((s, p) => s + (p.areaM2 ?? (area.get(p.parcelId) as { a: number } | undefined)?.a ?? 0), 0);
  const villages = db
    .prepare(
      `SELECT DISTINCT v.name FROM contract_parcels cp JOIN village_groups g ON g.code = cp.group_code JOIN villages v ON v.code = g.village_code
       WHERE cp.contract_id = ? ORDER BY v.code`,
    )
    .all(c.id) as { name: string }[];
  return {
    id: c.id,
    number: c.number,
    status: statusOn(c, asOf),
    mode: c.draft.mode,
    transferee: { id: c.draft.transfereePartyId, name: party?.name ?? '', kind: party?.kind ?? null },
    households: c.draft.transferorHouseholdIds.length,
    areaM2,
    areaMu: roundHalfUp(m2ToMu(areaM2), 2),
    startDate: c.draft.startDate,
    endDate: c.draft.endDate,
    villages: villages.map((v) => v.name),
    updatedAt: c.updatedAt,
  };
}

export const contractSummaries = (project: Project, asOf: string, filter: ContractFilter = {}): ContractSummary[] =>
  listContracts(project, filter).map((c) => summarize(project, c, asOf));
