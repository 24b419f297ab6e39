import { z } from 'zod';
import { ConsentSchema, RelocationHouseholdSchema, type RelocationHousehold } from '../../domain/linkage/relocation/relocation-household';
import type { Project } from '../project';
import { LinkageError } from './linkage-error';
import { requireLinkageProject } from './linkage-projects-repo';

/**
 * The households of a project's demolished villages as the relocation survey records them (the domain's
 * RelocationHousehold), linked to the project's household register when the household is known there.
 */

export const LinkageHouseholdSchema = RelocationHouseholdSchema.safeExtend({
  id: z.number().int().positive(),
  /** The register household (households.id), null for a household surveyed but not registered. */
  householdId: z.number().int().positive().nullable(),
});
export type LinkageHousehold = z.infer<typeof LinkageHouseholdSchema>;

export const NewLinkageHouseholdSchema = RelocationHouseholdSchema.safeExtend({
  householdId: z.number().int().positive().nullable().default(null),
});
export type NewLinkageHousehold = z.infer<typeof NewLinkageHouseholdSchema>;

interface Row {
  id: number;
  household_id: number | null;
  code: string;
  head_name: string;
  village_name: string;
  members_json: string;
  homestead_m2: number;
  floor_areas_json: string;
  consent: 'agreed' | 'refused' | 'pending';
  consent_on: string | null;
}

const toHousehold = (r: Row): LinkageHousehold =>
  LinkageHouseholdSchema.parse({
    id: r.id,
    householdId: r.household_id,
    code: r.code,
    headName: r.head_name,
    villageName: r.village_name,
    members: JSON.parse(r.members_json),
    homesteadM2: r.homestead_m2,
    floorAreaM2: JSON.parse(r.floor_areas_json),
    consent: { status: r.consent, signedOn: r.consent_on },
  });

export function listLinkageHouseholds(project: Project, projectId: number): LinkageHousehold[] {
  return (project.db.prepare(`SELECT * FROM linkage_households WHERE project_id = ? ORDER BY code`).all(projectId) as Row[]).map(toHousehold);
}

/** The households as the relocation domain takes them (without the store's ids). */
export const relocationHouseholds = (households: readonly LinkageHousehold[]): RelocationHousehold[] =>
  households.map(({ id: _id, householdId: _householdId, ...h }) => h);

export function addLinkageHouseholds(project: Project, projectId: number, households: readonly NewLinkageHousehold[], actor: string): LinkageHousehold[] {
  return project.write(actor, ({ db, audit }) => {
    requireLinkageProject(project, projectId);
    const taken = db.prepare(`SELECT 1 FROM linkage_households WHERE project_id = ? AND code = ?`);
    const insert = db.prepare(
      `INSERT INTO linkage_households (project_id, household_id, code, head_name, village_name, members_json, homestead_m2, floor_areas_json, consent, consent_on)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ids = households.map((h, i) => {
      if (taken.get(projectId, h.code)) throw new LinkageError('conflict', `搬迁户 ${h.code}（${h.headName}）在本项目中已登记`, `households.${i}.code`);
      if (h.householdId !== null && !db.prepare(`SELECT 1 FROM households WHERE id = ?`).get(h.householdId)) {
        throw new LinkageError('not_found', `承包户 ${h.householdId} 不存在`, `households.${i}.householdId`);
      }
      const { lastInsertRowid } = insert.run(
        projectId, h.householdId, h.code, h.headName, h.villageName, JSON.stringify(h.members), h.homesteadM2, JSON.stringify(h.floorAreaM2),
        h.consent.status, h.consent.signedOn,
      );
      return Number(lastInsertRowid);
    });
    audit({ action: 'add_households', entity: 'linkage_households', entityId: String(projectId), after: households });
    const byId = new Map(listLinkageHouseholds(project, projectId).map((h) => [h.id, h]));
    return ids.map((id) => byId.get(id)!);
  });
}

/** Records a household's signed consent form (or its refusal, or takes it back to pending). */
export function setHouseholdConsent(project: Project, id: number, consent: z.infer<typeof ConsentSchema>, actor: string): LinkageHousehold {
  return project.write(actor, ({ db, audit }) => {
    const before = db.prepare(`SELECT * FROM linkage_households WHERE id = ?`).get(id) as Row | undefined;
    if (!before) throw new LinkageError('not_found', `搬迁户 ${id} 不存在`, 'id');
    if ((consent.status === 'pending') !== (consent.signedOn === null)) {
      throw new LinkageError('bad_input', `搬迁户 ${before.code}（${before.head_name}）：${consent.status === 'pending' ? '未签字的不应填写签字日期' : '同意或不同意须填写签字日期'}`, 'signedOn');
    }
    db.prepare(`UPDATE linkage_households SET consent = ?, consent_on = ? WHERE id = ?`).run(consent.status, consent.signedOn, id);
    audit({ action: 'consent', entity: 'linkage_households', entityId: String(id), before: { status: before.consent, signedOn: before.consent_on }, after: consent });
    return toHousehold(db.prepare(`SELECT * FROM linkage_households WHERE id = ?`).get(id) as Row);
  });
}
