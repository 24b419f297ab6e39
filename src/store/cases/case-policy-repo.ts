import type Database from 'better-sqlite3';
import { CasePolicySchema, type CasePolicy } from '../../domain/case/case-facts';
import { contractPolicyAt } from '../contracts/contract-settings';
import { settingAt, settingOr, type SettingRow } from '../settings-repo';

/**
 * The case policy as dated settings with a source, one key per value (`case.policy.<name>`, and
 * `case.policy.ltvCapByBank.<bank>` per bank), so each has its own date and source.
 */

const DEFAULT_FROM = '1970-01-01';
export const CASE_POLICY_PREFIX = 'case.policy.';
const BANK_PREFIX = `${CASE_POLICY_PREFIX}ltvCapByBank.`;

const DEFAULTS = {
  defaultLtvCap: {
    value: 0.7,
    source: 'LandLink 默认 [P]：样本银行规则“贷款额不超过经营权评估价值的 70%”（domain.md D.1，地点不明）；请按贷款银行自己的上限设置',
  },
  reminderDays: { value: 30, source: 'LandLink 默认：到期前 30 日列入待办，县农业农村局可改' },
} as const;

type Entry<T> = { value: T; effectiveFrom: string; source: string };
const entry = <T>(row: SettingRow<T>): Entry<T> => ({ value: row.value, effectiveFrom: row.effectiveFrom, source: row.source });

const withDefault = (db: Database.Database, name: keyof typeof DEFAULTS, date: string): Entry<number> =>
  entry(settingOr(db, CASE_POLICY_PREFIX + name, date, { key: CASE_POLICY_PREFIX + name, effectiveFrom: DEFAULT_FROM, ...DEFAULTS[name] }));

/** The storage key of a policy value named as the API names it (`defaultLtvCap`, `ltvCapByBank.<bank>`…). */
export const casePolicyKey = (name: string): string => CASE_POLICY_PREFIX + name;

/**
 * The policy in force on `date`. Without a case-specific entry, the registration suggestion is the
 * contract policy's (LT-14), so the two never disagree.
 */
export function casePolicyAt(db: Database.Database, date: string): CasePolicy {
  const banks = db.prepare(`SELECT DISTINCT key FROM settings WHERE key LIKE ? ESCAPE '\\' ORDER BY key`).pluck().all(`${BANK_PREFIX.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) as string[];
  const ltvCapByBank = Object.fromEntries(
    banks.flatMap((key) => {
      const row = settingAt<number>(db, key, date);
      return row ? [[key.slice(BANK_PREFIX.length), entry(row)]] : [];
    }),
  );
  const registration = settingAt<number>(db, casePolicyKey('registrationSuggestedYears'), date);
  return CasePolicySchema.parse({
    defaultLtvCap: withDefault(db, 'defaultLtvCap', date),
    ltvCapByBank,
    registrationSuggestedYears: registration ? entry(registration) : contractPolicyAt(db, date).registrationSuggestYears,
    reminderDays: withDefault(db, 'reminderDays', date),
  });
}
