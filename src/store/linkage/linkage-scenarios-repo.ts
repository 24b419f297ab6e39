import { z } from 'zod';
import { ScenarioSchema, type Scenario } from '../../domain/linkage/relocation/scenario';
import type { Project } from '../project';
import { LinkageError } from './linkage-error';
import { requireLinkageProject } from './linkage-projects-repo';

/** Relocation scenarios of a project, kept whole (the domain's Scenario); at most one is the chosen one. */

export const SavedScenarioSchema = z.object({ scenario: ScenarioSchema, chosen: z.boolean(), updatedAt: z.string() });
export type SavedScenario = z.infer<typeof SavedScenarioSchema>;

export function listScenarios(project: Project, projectId: number): SavedScenario[] {
  const rows = project.db
    .prepare(`SELECT scenario_json, chosen, updated_at FROM linkage_scenarios WHERE project_id = ? ORDER BY id`)
    .all(projectId) as { scenario_json: string; chosen: number; updated_at: string }[];
  return rows.map((r) => ({ scenario: ScenarioSchema.parse(JSON.parse(r.scenario_json)), chosen: r.chosen === 1, updatedAt: r.updated_at }));
}

/** Saves (inserts or replaces by scenario id); `chosen` makes it the project's chosen scenario and unmarks the others. */
export function saveScenario(project: Project, projectId: number, scenario: Scenario, chosen: boolean, actor: string): SavedScenario {
  return project.write(actor, ({ db, audit }) => {
    requireLinkageProject(project, projectId);
    const before = db.prepare(`SELECT scenario_json FROM linkage_scenarios WHERE project_id = ? AND scenario_key = ?`).get(projectId, scenario.id) as
      | { scenario_json: string }
      | undefined;
    if (chosen) db.prepare(`UPDATE linkage_scenarios SET chosen = 0 WHERE project_id = ?`).run(projectId);
    const now = project.now();
    db.prepare(
      `INSERT INTO linkage_scenarios (project_id, scenario_key, name, scenario_json, chosen, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (project_id, scenario_key) DO UPDATE SET name = excluded.name, scenario_json = excluded.scenario_json,
         chosen = excluded.chosen, updated_at = excluded.updated_at`,
    ).run(projectId, scenario.id, scenario.name, JSON.stringify(scenario), chosen ? 1 : 0, now);
    audit({ action: 'save_scenario', entity: 'linkage_scenarios', entityId: `${projectId}:${scenario.id}`, before: before ? JSON.parse(before.scenario_json) : null, after: { scenario, chosen } });
    return { scenario, chosen, updatedAt: now };
  });
}

export function scenariosById(project: Project, projectId: number, ids: readonly string[] | undefined): Scenario[] {
  const saved = listScenarios(project, projectId).map((s) => s.scenario);
  if (!ids) return saved;
  return ids.map((id, i) => {
    const found = saved.find((s) => s.id === id);
    if (!found) throw new LinkageError('not_found', `方案 ${id} 不存在`, `scenarioIds.${i}`);
    return found;
  });
}
