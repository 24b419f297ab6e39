import type Database from 'better-sqlite3';
import { AREA_LIMIT_DEFAULTS, AREA_LIMIT_KINDS, areaLimitKey, areaOverLimit, type AreaLimitKind } from '../domain/area-limits';
import type { Project } from './project';
import { putSetting, settingAt, settingOr, type SettingRow } from './settings-repo';

/** The area limits (dated settings `geometry.maxAreaMu.<kind>`, in 亩) and the check the edits run against them. */

const DEFAULT_FROM = '1970-01-01';

export function areaLimitAt(db: Database.Database, kind: AreaLimitKind, date: string): SettingRow<number> {
  const d = AREA_LIMIT_DEFAULTS[kind];
  return settingOr<number>(db, areaLimitKey(kind), date, { key: areaLimitKey(kind), value: d.mu, effectiveFrom: DEFAULT_FROM, source: d.source });
}

export function areaLimitsAt(db: Database.Database, date: string): Record<AreaLimitKind, SettingRow<number>> {
  return Object.fromEntries(AREA_LIMIT_KINDS.map((k) => [k, areaLimitAt(db, k, date)])) as Record<AreaLimitKind, SettingRow<number>>;
}

/** Why `areaM2` of `what` is refused under today's limit of its kind, or null. */
export function areaLimitRefusal(project: Project, kind: AreaLimitKind, what: string, areaM2: number): string | null {
  return areaOverLimit(kind, what, areaM2, areaLimitAt(project.db, kind, project.today()).value);
}

/** Records a dated limit in one audited write, keeping the value it replaces in the audit row. */
export function putAreaLimit(project: Project, kind: AreaLimitKind, entry: { mu: number; effectiveFrom: string; source: string }, actor: string): SettingRow<number> {
  return project.write(actor, ({ db, audit }) => {
    const key = areaLimitKey(kind);
    const before = settingAt(db, key, entry.effectiveFrom);
    const row = { key, value: entry.mu, effectiveFrom: entry.effectiveFrom, source: entry.source };
    putSetting(db, row);
    audit({ action: 'setting', entity: 'setting', entityId: key, before, after: row });
    return row;
  });
}
