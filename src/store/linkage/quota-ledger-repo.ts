import type Database from 'better-sqlite3';
import { applyEvent, ledgerRuleTag, QuotaEventSchema, type LedgerPolicy, type QuotaEvent } from '../../domain/linkage/quota-ledger';
import type { Project } from '../project';
import { LinkageError } from './linkage-error';
import { requireLinkageProject } from './linkage-projects-repo';

/**
 * A project's quota ledger (挂钩指标台账): the domain's events as JSON, in ledger order (`seq`). Every new
 * event goes through the domain's `applyEvent`, which may place a back-dated event between older ones,
 * so the order is rewritten in the same audited transaction; a refusal names the invariant and writes nothing.
 *
 * What any store of the ledger must enforce (this one and a later PostGIS one): events of a project are
 * kept in date order with unique ids, and a new event is admitted only through `applyEvent` on the whole
 * ledger of its project read inside the same transaction, so two writers cannot each admit an event that
 * is fine alone but breaks an invariant together. Reading never re-checks: a ledger from an older file
 * that breaks a later invariant still reads, and `checkLedger` reports its first violation.
 */

export function ledgerEvents(db: Database.Database, projectId: number): QuotaEvent[] {
  const rows = db.prepare(`SELECT event_json FROM linkage_quota_events WHERE project_id = ? ORDER BY seq`).all(projectId) as { event_json: string }[];
  return rows.map((r) => QuotaEventSchema.parse(JSON.parse(r.event_json)));
}

/** The ledger of every project at once, for the county dashboard and totals. */
export function allLedgers(db: Database.Database): Map<number, QuotaEvent[]> {
  const rows = db.prepare(`SELECT project_id, event_json FROM linkage_quota_events ORDER BY project_id, seq`).all() as { project_id: number; event_json: string }[];
  const out = new Map<number, QuotaEvent[]>();
  for (const r of rows) {
    const list = out.get(r.project_id) ?? [];
    list.push(QuotaEventSchema.parse(JSON.parse(r.event_json)));
    out.set(r.project_id, list);
  }
  return out;
}

export function recordQuotaEvent(project: Project, projectId: number, event: QuotaEvent, policy: LedgerPolicy, actor: string): QuotaEvent[] {
  return project.write(actor, ({ db, audit }) => {
    const p = requireLinkageProject(project, projectId);
    const result = applyEvent(ledgerEvents(db, projectId), event, policy);
    if (!result.ok) {
      const { invariant, field, message } = result.violation;
      throw new LinkageError('refused', `项目 ${p.code}：${message}（${ledgerRuleTag(invariant)}）`, field ? `event.${field}` : 'event');
    }
    const now = project.now();
    db.prepare(`INSERT INTO linkage_quota_events (project_id, seq, event_id, event_json, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)`).run(
      projectId,
      -1,
      event.id,
      JSON.stringify(result.events.find((e) => e.id === event.id)),
      now,
      actor,
    );
    // Two passes keep (project_id, seq) unique while the order shifts.
    db.prepare(`UPDATE linkage_quota_events SET seq = -seq - 2 WHERE project_id = ?`).run(projectId);
    const setSeq = db.prepare(`UPDATE linkage_quota_events SET seq = ? WHERE project_id = ? AND event_id = ?`);
    result.events.forEach((e, i) => setSeq.run(i + 1, projectId, e.id));
    audit({ action: 'quota_event', entity: 'linkage_project', entityId: String(projectId), after: event });
    return result.events;
  });
}
