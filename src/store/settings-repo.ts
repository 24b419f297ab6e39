import type Database from 'better-sqlite3';

/**
 * Policy numbers (tolerances, thresholds, prices) are dated settings with a source, never constants:
 * the value in force on a date is the row with the latest effective_from on or before it.
 */
export interface SettingRow<T> {
  key: string;
  value: T;
  effectiveFrom: string;
  source: string;
}

export function settingAt<T>(db: Database.Database, key: string, date: string): SettingRow<T> | null {
  const row = db
    .prepare(`SELECT key, value_json, effective_from, source FROM settings WHERE key = ? AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1`)
    .get(key, date) as { key: string; value_json: string; effective_from: string; source: string } | undefined;
  return row ? { key: row.key, value: JSON.parse(row.value_json) as T, effectiveFrom: row.effective_from, source: row.source } : null;
}

/** The setting in force on `date`, or the built-in default (with its own source) when none was stored. */
export function settingOr<T>(db: Database.Database, key: string, date: string, fallback: SettingRow<T>): SettingRow<T> {
  return settingAt<T>(db, key, date) ?? fallback;
}

/** Records a dated value; call inside a project write (the caller audits it). */
export function putSetting(db: Database.Database, row: SettingRow<unknown>): void {
  db.prepare(
    `INSERT INTO settings (key, value_json, effective_from, source) VALUES (?, ?, ?, ?)
     ON CONFLICT (key, effective_from) DO UPDATE SET value_json = excluded.value_json, source = excluded.source`,
  ).run(row.key, JSON.stringify(row.value), row.effectiveFrom, row.source);
}

export function settingHistory(db: Database.Database, key: string): SettingRow<unknown>[] {
  const rows = db.prepare(`SELECT key, value_json, effective_from, source FROM settings WHERE key = ? ORDER BY effective_from`).all(key) as {
    key: string;
    value_json: string;
    effective_from: string;
    source: string;
  }[];
  return rows.map((r) => ({ key: r.key, value: JSON.parse(r.value_json), effectiveFrom: r.effective_from, source: r.source }));
}
