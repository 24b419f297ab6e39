import type Database from 'better-sqlite3';
import { AttributePolicySchema, DEFAULT_ATTRIBUTE_POLICY, DEFAULT_SNAP_TOLERANCE_M, EDIT_POLICY_SOURCE, type AttributePolicy } from '../../domain/edit-policy';
import { settingOr, type SettingRow } from '../settings-repo';

const DEFAULT_FROM = '1970-01-01';

/** The attribute policy for splits and merges in force on `date` (dated setting 'edit.attributePolicy'). */
export function attributePolicyAt(db: Database.Database, date: string): SettingRow<AttributePolicy> {
  const row = settingOr<unknown>(db, 'edit.attributePolicy', date, {
    key: 'edit.attributePolicy',
    value: DEFAULT_ATTRIBUTE_POLICY,
    effectiveFrom: DEFAULT_FROM,
    source: EDIT_POLICY_SOURCE,
  });
  return { ...row, value: AttributePolicySchema.parse(row.value) };
}

/** How far (m) a drawn vertex may be moved onto a neighbour (dated setting 'edit.snapToleranceM'). */
export function snapToleranceAt(db: Database.Database, date: string): SettingRow<number> {
  return settingOr<number>(db, 'edit.snapToleranceM', date, {
    key: 'edit.snapToleranceM',
    value: DEFAULT_SNAP_TOLERANCE_M,
    effectiveFrom: DEFAULT_FROM,
    source: EDIT_POLICY_SOURCE,
  });
}
