import { z } from 'zod';
import type { RetiredParcel } from '../../domain/contract/contract-facts';
import { LandClassCodeSchema, landClassName, type LandClassCode } from '../../domain/land-class';
import type { Project } from '../project';

/**
 * What is known of a parcel that is no longer in the layer, so a view naming it can show it as retired
 * and carry on: its last row from the edit that removed it (or, failing that, the contract's signed table
 * or its parcel index), and the live parcels that came from it through lineage.
 */

export interface LastKnownParcel {
  id: number;
  code: string;
  name: string;
  villageGroup: string;
  villageCode: string | null;
  groupCode: string | null;
  householdId: number | null;
  contractCode: string | null;
  /** Null when nothing records it (a reference a file from before lineage could hold). */
  landClass: LandClassCode | null;
  landClassName: string;
  qualityGrade: number | null;
  basicFarmland: boolean;
  registeredM2: number | null;
  ellipsoidM2: number | null;
}

const SnapshotRow = z.object({
  fid: z.number(),
  code: z.string(),
  name: z.string(),
  contract_code: z.string().nullable(),
  land_class: LandClassCodeSchema,
  quality_grade: z.number().nullable(),
  basic_farmland: z.number(),
  registered_area_m2: z.number().nullable(),
  ellipsoid_area_m2: z.number(),
  group_code: z.string().nullable(),
  household_id: z.number().nullable(),
});

/** The row the last edit that removed the parcel recorded, and that edit. */
function removedRow(project: Project, fid: number): { row: z.infer<typeof SnapshotRow>; kind: string; at: string } | null {
  const edit = project.db
    .prepare(
      `SELECT e.kind, e.at, e.before_json FROM parcel_lineage l JOIN edits e ON e.id = l.edit_id
       WHERE l.parent_fid = ? AND l.child_fid != l.parent_fid ORDER BY l.id DESC LIMIT 1`,
    )
    .get(fid) as { kind: string; at: string; before_json: string } | undefined;
  if (!edit) return null;
  const rows = JSON.parse(edit.before_json) as unknown[];
  const parsed = rows.map((r) => SnapshotRow.safeParse(r)).find((r) => r.success && r.data.fid === fid);
  return parsed?.success ? { row: parsed.data, kind: edit.kind, at: edit.at } : null;
}

function fromSnapshot(project: Project, row: z.infer<typeof SnapshotRow>): LastKnownParcel {
  const group = project.db
    .prepare(`SELECT g.name AS groupName, v.code AS villageCode, v.name AS villageName FROM village_groups g LEFT JOIN villages v ON v.code = g.village_code WHERE g.code = ?`)
    .get(row.group_code) as { groupName: string; villageCode: string | null; villageName: string | null } | undefined;
  return {
    id: row.fid,
    code: row.code,
    name: row.name,
    villageGroup: `${group?.villageName ?? ''}${group?.groupName ?? ''}`,
    villageCode: group?.villageCode ?? null,
    groupCode: row.group_code,
    householdId: row.household_id,
    contractCode: row.contract_code,
    landClass: row.land_class,
    landClassName: landClassName(row.land_class),
    qualityGrade: row.quality_grade,
    basicFarmland: row.basic_farmland === 1,
    registeredM2: row.registered_area_m2,
    ellipsoidM2: row.ellipsoid_area_m2,
  };
}

/** From the contract's own records: the signed table, else the code its parcel index kept. */
function fromContract(project: Project, fid: number, contractId: number | null): LastKnownParcel {
  const db = project.db;
  const signed = db
    .prepare(`SELECT * FROM contract_signed_parcels WHERE contract_id = ? AND parcel_fid = ?`)
    .get(contractId, fid) as { code: string; name: string; village_group: string; household_id: number | null; contract_code: string; land_class_code: string; land_class_name: string; quality_grade: number | null } | undefined;
  const indexed = db.prepare(`SELECT parcel_code, group_code FROM contract_parcels WHERE contract_id = ? AND parcel_fid = ?`).get(contractId, fid) as
    | { parcel_code: string; group_code: string | null }
    | undefined;
  const landClass = LandClassCodeSchema.safeParse(signed?.land_class_code);
  return {
    id: fid,
    code: signed?.code ?? indexed?.parcel_code ?? String(fid),
    name: signed?.name ?? '',
    villageGroup: signed?.village_group ?? '',
    villageCode: null,
    groupCode: indexed?.group_code ?? null,
    householdId: signed?.household_id ?? null,
    contractCode: signed?.contract_code ?? null,
    landClass: landClass.success ? landClass.data : null,
    landClassName: signed?.land_class_name ?? '（不详）',
    qualityGrade: signed?.quality_grade ?? null,
    basicFarmland: false,
    registeredM2: null,
    ellipsoidM2: null,
  };
}

/** The live parcels that came from `fid` through splits and merges, with their areas. */
function successorsOf(project: Project, fid: number): RetiredParcel['successors'] {
  return project.db
    .prepare(
      `WITH RECURSIVE d(fid) AS (
         SELECT child_fid FROM parcel_lineage WHERE parent_fid = ? AND child_fid != parent_fid
         UNION SELECT l.child_fid FROM parcel_lineage l JOIN d ON l.parent_fid = d.fid AND l.child_fid != l.parent_fid)
       SELECT p.fid AS id, p.code, p.ellipsoid_area_m2 AS areaM2 FROM d JOIN parcels p ON p.fid = d.fid ORDER BY p.code`,
    )
    .all(fid) as RetiredParcel['successors'];
}

/** The amendment of `contractId` that carried it over from `fid`, by its number. */
function amendmentOf(project: Project, fid: number, contractId: number | null): number | null {
  if (contractId === null) return null;
  const rows = project.db.prepare(`SELECT amendment_no, changes_json FROM contract_amendments WHERE contract_id = ? ORDER BY amendment_no`).all(contractId) as {
    amendment_no: number;
    changes_json: string;
  }[];
  const hit = rows.find((r) => (JSON.parse(r.changes_json) as { from: { id: number }[] }).from.some((f) => f.id === fid));
  return hit?.amendment_no ?? null;
}

export function retiredParcel(project: Project, fid: number, contractId: number | null): { last: LastKnownParcel; retired: RetiredParcel } {
  const removed = removedRow(project, fid);
  return {
    last: removed ? fromSnapshot(project, removed.row) : fromContract(project, fid, contractId),
    retired: { kind: removed?.kind ?? null, at: removed?.at ?? null, successors: successorsOf(project, fid), amendmentNo: amendmentOf(project, fid, contractId) },
  };
}
