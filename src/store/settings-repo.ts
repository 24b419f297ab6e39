import type Database from 'better-sqlite3';
import { settingValueSchema } from './setting-schemas';

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

/** A setting value that does not fit its key's schema; callers check with `settingValueIssues` first and name the field. */
export class SettingRejected extends Error {}

/** What is wrong with a value for `key` (empty when it fits), for the API to report field by field. */
export function settingValueIssues(key: string, value: unknown): { path: string; message: string }[] {
  const schema = settingValueSchema(key);
  if (!schema) return [{ path: '', message: `unknown setting ${key}` }];
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Records a dated value that fits its key's schema; call inside a project write (the caller audits it). */
export function putSetting(db: Database.Database, row: SettingRow<unknown>): void {
  const issues = settingValueIssues(row.key, row.value);
  if (issues.length > 0) throw new SettingRejected(`setting ${row.key}: ${issues.map((i) => `${i.path || 'value'}: ${i.message}`).join('; ')}`);
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
