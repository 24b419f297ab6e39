import type Database from 'better-sqlite3';

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export function insertAudit(
  db: Database.Database,
  at: string,
  row: { actor: string; action: string; entity: string; entityId: string | null; before: unknown; after: unknown },
): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    row.actor,
    row.action,
    row.entity,
    row.entityId,
    row.before === undefined ? null : JSON.stringify(row.before),
    row.after === undefined ? null : JSON.stringify(row.after),
  );
}

export function listAudit(db: Database.Database, limit: number): AuditRow[] {
  const rows = db
    .prepare(`SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log ORDER BY id DESC LIMIT ?`)
    .all(limit) as { id: number; at: string; actor: string; action: string; entity: string; entity_id: string | null; before_json: string | null; after_json: string | null }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  }));
}
