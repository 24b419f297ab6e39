import type Database from 'better-sqlite3';
import { z } from 'zod';
import { valueAt } from '../../domain/dated-value';
import { LinkagePolicySchema, type LinkagePolicy } from '../../domain/linkage/linkage-facts';
import { LinkageParametersSchema, type LinkageParameterTable } from '../../domain/linkage/parameters/linkage-parameters';
import { SHANDONG_DEFAULTS } from '../../domain/linkage/parameters/shandong-defaults';
import type { Project } from '../project';
import { putSetting, settingAt } from '../settings-repo';
import { LinkageError } from './linkage-error';

/**
 * The county's linkage parameters and rule policy, kept as dated rows of the `settings` table under
 * `linkage.param.<path>` (the relocation parameter tree, e.g. `quotaPriceYuanPerMu.county`) and
 * `linkage.policy.<name>` (ZJ rule policy, e.g. `revolvingLimitMonths`). The table in force is the
 * built-in default table (Shandong, with its labelled placeholders) with the county's entries added;
 * a county entry on the same effective date replaces the default one.
 */

const PARAM_PREFIX = 'linkage.param.';
const POLICY_PREFIX = 'linkage.policy.';
const GRADE_DIRECTION = 'gradeDirection';
/** The rule policy's own defaults (the domain's schema defaults); the consent threshold is the parameter table's. */
const { consentThreshold: _fromParameters, gradeDirection: defaultDirection, ...POLICY_DEFAULTS } = LinkagePolicySchema.parse({});
const DIRECTION_DEFAULT = { value: defaultDirection, effectiveFrom: '1970-01-01', source: '全国耕地质量等别 1–15 等，数字越大质量越差（domain.md C.3 ZJ-03）' };

type Entry = { value: unknown; effectiveFrom: string; source: string; placeholder?: boolean };

/** Every leaf path of the parameter tree (`homesteadCapM2.plain`, `fees.survey`, …). */
function leafPaths(node: unknown, prefix = ''): string[] {
  if (Array.isArray(node)) return [prefix];
  return Object.entries(node as object).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}
export const PARAMETER_PATHS: readonly string[] = leafPaths(SHANDONG_DEFAULTS.parameters);
export const POLICY_NAMES: readonly string[] = [...leafPaths(POLICY_DEFAULTS), GRADE_DIRECTION];

/** Parameter keys as the API names them: `<parameter path>` or `policy.<name>`. */
export const LinkageParameterKeySchema = z.string().refine((k) => PARAMETER_PATHS.includes(k) || (k.startsWith('policy.') && POLICY_NAMES.includes(k.slice(7))), {
  message: `未知的挂钩参数；可用：${[...PARAMETER_PATHS, ...POLICY_NAMES.map((k) => `policy.${k}`)].join('、')}`,
});

function storedRows(db: Database.Database, key: string): Entry[] {
  const rows = db.prepare(`SELECT value_json, effective_from, source FROM settings WHERE key = ? ORDER BY effective_from`).all(key) as {
    value_json: string;
    effective_from: string;
    source: string;
  }[];
  return rows.map((r) => ({ value: JSON.parse(r.value_json), effectiveFrom: r.effective_from, source: r.source }));
}

/** Defaults with the county's entries merged in, ordered by date. */
function merged(defaults: readonly Entry[], stored: readonly Entry[]): Entry[] {
  const byDate = new Map(defaults.map((e) => [e.effectiveFrom, e]));
  for (const e of stored) byDate.set(e.effectiveFrom, e);
  return [...byDate.values()].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
}

function mapLeaves(node: unknown, path: string, f: (entries: Entry[], path: string) => Entry[]): unknown {
  if (Array.isArray(node)) return f(node as Entry[], path);
  return Object.fromEntries(Object.entries(node as object).map(([k, v]) => [k, mapLeaves(v, path ? `${path}.${k}` : k, f)]));
}

function countyName(db: Database.Database): string {
  const row = db.prepare(`SELECT county_name FROM villages ORDER BY code LIMIT 1`).get() as { county_name: string } | undefined;
  return row?.county_name ?? '本县';
}

/** The county's parameter table: defaults plus every entry the county recorded. */
export function linkageParameterTable(db: Database.Database, extra?: { path: string; entry: Entry }): LinkageParameterTable {
  const parameters = mapLeaves(SHANDONG_DEFAULTS.parameters, '', (defaults, path) => {
    const stored = storedRows(db, PARAM_PREFIX + path);
    return merged(defaults, extra?.path === path ? [...stored, extra.entry] : stored);
  });
  return { region: `${countyName(db)}（${SHANDONG_DEFAULTS.region}，含本县录入值）`, parameters: LinkageParametersSchema.parse(parameters) };
}

/** The rule policy (ZJ-05, ZJ-07, tolerances, grade direction): defaults plus county entries; consent comes from the parameter table. */
export function linkagePolicy(db: Database.Database, asOf: string, extra?: { name: string; entry: Entry }): LinkagePolicy {
  const withExtra = (name: string, stored: Entry[]) => (extra?.name === name ? [...stored, extra.entry] : stored);
  const dated = mapLeaves(POLICY_DEFAULTS, '', (defaults, path) =>
    merged(defaults, withExtra(path, storedRows(db, POLICY_PREFIX + path))).map(({ value, effectiveFrom, source }) => ({ value, effectiveFrom, source })),
  ) as object;
  const directions = merged([DIRECTION_DEFAULT], withExtra(GRADE_DIRECTION, storedRows(db, POLICY_PREFIX + GRADE_DIRECTION)));
  const direction = valueAt(directions, asOf) ?? directions[0]!;
  const consentThreshold = linkageParameterTable(db).parameters.consentThreshold.map(({ value, effectiveFrom, source }) => ({ value, effectiveFrom, source }));
  return LinkagePolicySchema.parse({ ...dated, consentThreshold, gradeDirection: direction.value });
}

export interface LinkageParameterEntry {
  key: string;
  value: unknown;
  effectiveFrom: string;
  source: string;
}

/**
 * Records a dated parameter or policy entry after checking that the table stays valid with it (the value
 * has the parameter's type and range). The replaced entry, if any, goes to the audit row.
 */
export function putLinkageParameter(project: Project, e: LinkageParameterEntry, actor: string): LinkageParameterEntry {
  const entry = { value: e.value, effectiveFrom: e.effectiveFrom, source: e.source };
  const isPolicy = e.key.startsWith('policy.');
  const storeKey = isPolicy ? POLICY_PREFIX + e.key.slice(7) : PARAM_PREFIX + e.key;
  try {
    if (isPolicy) linkagePolicy(project.db, e.effectiveFrom, { name: e.key.slice(7), entry });
    else linkageParameterTable(project.db, { path: e.key, entry });
  } catch (err) {
    const detail = err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；') : String(err);
    throw new LinkageError('bad_input', `挂钩参数 ${e.key} 的取值 ${JSON.stringify(e.value)} 无效：${detail}`, 'value');
  }
  return project.write(actor, ({ db, audit }) => {
    const before = settingAt(db, storeKey, e.effectiveFrom);
    putSetting(db, { key: storeKey, ...entry });
    audit({ action: 'setting', entity: 'setting', entityId: storeKey, before, after: entry });
    return e;
  });
}
