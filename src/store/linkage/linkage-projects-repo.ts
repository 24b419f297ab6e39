import { z } from 'zod';
import { MAX_CODE_LENGTH, MAX_LIST_LENGTH, MAX_NAME_LENGTH } from '../../domain/input-limits';
import type { Project } from '../project';
import { LinkageError } from './linkage-error';
import { CalendarDateSchema } from '../../domain/calendar/calendar-date';

/** Linkage projects (增减挂钩项目区): the record, its villages with their meeting resolutions (ZJ-09). */


export const LinkageProjectStatusSchema = z.enum(['planning', 'approved', 'implementing', 'accepted', 'closed']);
export type LinkageProjectStatus = z.infer<typeof LinkageProjectStatusSchema>;

export const LinkageVillageSchema = z.object({
  code: z.string().regex(/^\d{12}$/),
  name: z.string().min(1),
  /** 6-digit county code the village belongs to (ZJ-01). */
  countyCode: z.string().regex(/^\d{6}$/),
  /** The village meeting's resolution to demolish and relocate (村民会议决议), null while there is none. */
  resolution: z.object({ docNo: z.string().trim().min(1).max(MAX_NAME_LENGTH), date: CalendarDateSchema }).nullable(),
});
export type LinkageVillage = z.infer<typeof LinkageVillageSchema>;

export const NewLinkageProjectSchema = z
  .object({
    code: z.string().trim().min(1).max(MAX_CODE_LENGTH),
    name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    countyCode: z.string().regex(/^\d{6}$/),
    townships: z.array(z.string().trim().min(1).max(MAX_NAME_LENGTH)).min(1).max(100),
    approvalDoc: z.string().trim().min(1).max(MAX_NAME_LENGTH).nullable().default(null),
    startDate: CalendarDateSchema,
    deadline: CalendarDateSchema,
    status: LinkageProjectStatusSchema.default('planning'),
    /** Villages of the project by 12-digit code; their names and counties come from the project's villages. */
    villageCodes: z.array(z.string().regex(/^\d{12}$/)).max(MAX_LIST_LENGTH).default([]),
  })
  .strict()
  .refine((p) => p.startDate <= p.deadline, { message: '截止日期不能早于开始日期', path: ['deadline'] });
export type NewLinkageProject = z.infer<typeof NewLinkageProjectSchema>;

export const LinkageProjectSchema = z.object({
  id: z.number().int().positive(),
  code: z.string(),
  name: z.string(),
  countyCode: z.string(),
  townships: z.array(z.string()),
  approvalDoc: z.string().nullable(),
  startDate: z.string(),
  deadline: z.string(),
  status: LinkageProjectStatusSchema,
  villages: z.array(LinkageVillageSchema),
});
export type LinkageProject = z.infer<typeof LinkageProjectSchema>;

export const LinkageProjectPatchSchema = z
  .object({
    name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    townships: z.array(z.string().trim().min(1).max(MAX_NAME_LENGTH)).min(1).max(100),
    approvalDoc: z.string().trim().min(1).max(MAX_NAME_LENGTH).nullable(),
    startDate: CalendarDateSchema,
    deadline: CalendarDateSchema,
    status: LinkageProjectStatusSchema,
    /** Meeting resolutions by village code; the village must belong to the project. */
    resolutions: z.array(z.object({ villageCode: z.string().regex(/^\d{12}$/), resolution: LinkageVillageSchema.shape.resolution })).max(MAX_LIST_LENGTH),
  })
  .partial()
  .strict();
export type LinkageProjectPatch = z.infer<typeof LinkageProjectPatchSchema>;

interface Row {
  id: number;
  code: string;
  name: string;
  county_code: string;
  townships_json: string;
  approval_doc: string | null;
  start_date: string;
  deadline: string;
  status: LinkageProjectStatus;
}

function villagesOf(project: Project, id: number): LinkageVillage[] {
  const rows = project.db
    .prepare(`SELECT village_code, name, county_code, resolution_doc, resolution_on FROM linkage_villages WHERE project_id = ? ORDER BY village_code`)
    .all(id) as { village_code: string; name: string; county_code: string; resolution_doc: string | null; resolution_on: string | null }[];
  return rows.map((r) => ({
    code: r.village_code,
    name: r.name,
    countyCode: r.county_code,
    resolution: r.resolution_doc && r.resolution_on ? { docNo: r.resolution_doc, date: r.resolution_on } : null,
  }));
}

const toProject = (project: Project, r: Row): LinkageProject => ({
  id: r.id,
  code: r.code,
  name: r.name,
  countyCode: r.county_code,
  townships: JSON.parse(r.townships_json) as string[],
  approvalDoc: r.approval_doc,
  startDate: r.start_date,
  deadline: r.deadline,
  status: r.status,
  villages: villagesOf(project, r.id),
});

export function listLinkageProjects(project: Project): LinkageProject[] {
  return (project.db.prepare(`SELECT * FROM linkage_projects ORDER BY code`).all() as Row[]).map((r) => toProject(project, r));
}

export function requireLinkageProject(project: Project, id: number): LinkageProject {
  const row = project.db.prepare(`SELECT * FROM linkage_projects WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw new LinkageError('not_found', `挂钩项目 ${id} 不存在`, 'projectId');
  return toProject(project, row);
}

/**
 * Adds a village to a project (idempotent); its name and county come from the project's villages table,
 * the county being the first six digits of the village code (GB/T 2260 + township + village).
 */
export function attachVillage(project: Project, projectId: number, villageCode: string): void {
  const v = project.db.prepare(`SELECT code, name FROM villages WHERE code = ?`).get(villageCode) as { code: string; name: string } | undefined;
  if (!v) throw new LinkageError('not_found', `村 ${villageCode} 不在本项目文件的村表中`, 'villageCodes');
  project.db
    .prepare(`INSERT OR IGNORE INTO linkage_villages (project_id, village_code, name, county_code) VALUES (?, ?, ?, ?)`)
    .run(projectId, v.code, v.name, v.code.slice(0, 6));
}

export function createLinkageProject(project: Project, input: NewLinkageProject, actor: string): LinkageProject {
  return project.write(actor, ({ db, audit }) => {
    if (db.prepare(`SELECT 1 FROM linkage_projects WHERE code = ?`).get(input.code)) {
      throw new LinkageError('conflict', `项目编号 ${input.code} 已存在`, 'code');
    }
    const now = project.now();
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO linkage_projects (code, name, county_code, townships_json, approval_doc, start_date, deadline, status, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.code, input.name, input.countyCode, JSON.stringify(input.townships), input.approvalDoc, input.startDate, input.deadline, input.status, now, actor, now);
    const id = Number(lastInsertRowid);
    for (const code of input.villageCodes) attachVillage(project, id, code);
    audit({ action: 'create', entity: 'linkage_project', entityId: String(id), after: input });
    return requireLinkageProject(project, id);
  });
}

export function updateLinkageProject(project: Project, id: number, patch: LinkageProjectPatch, actor: string): LinkageProject {
  return project.write(actor, ({ db, audit }) => {
    const before = requireLinkageProject(project, id);
    const startDate = patch.startDate ?? before.startDate;
    const deadline = patch.deadline ?? before.deadline;
    if (startDate > deadline) throw new LinkageError('bad_input', `截止日期 ${deadline} 早于开始日期 ${startDate}`, 'deadline');
    db.prepare(
      `UPDATE linkage_projects SET name = ?, townships_json = ?, approval_doc = ?, start_date = ?, deadline = ?, status = ?, updated_at = ? WHERE id = ?`,
    ).run(
      patch.name ?? before.name,
      JSON.stringify(patch.townships ?? before.townships),
      patch.approvalDoc === undefined ? before.approvalDoc : patch.approvalDoc,
      startDate,
      deadline,
      patch.status ?? before.status,
      project.now(),
      id,
    );
    const setResolution = db.prepare(`UPDATE linkage_villages SET resolution_doc = ?, resolution_on = ? WHERE project_id = ? AND village_code = ?`);
    for (const [i, { villageCode, resolution }] of (patch.resolutions ?? []).entries()) {
      const { changes } = setResolution.run(resolution?.docNo ?? null, resolution?.date ?? null, id, villageCode);
      if (changes === 0) throw new LinkageError('not_found', `村 ${villageCode} 不属于项目 ${before.code}`, `resolutions.${i}.villageCode`);
    }
    const after = requireLinkageProject(project, id);
    audit({ action: 'update', entity: 'linkage_project', entityId: String(id), before, after });
    return after;
  });
}
