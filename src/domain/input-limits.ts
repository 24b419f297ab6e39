import { m2ToMu } from './units';

/**
 * Upper bounds of what one input may carry, so that no number an outside caller sends overflows a sum
 * or a SQLite column and no text fills the file: every schema at the boundary uses these. They are far
 * above any real record and are not policy (the planner's limits, such as the largest parcel, are dated
 * settings); they only tell a figure from garbage.
 */

/** Names of persons, parcels, places, banks, crops; document numbers (文号, 合同编号). */
export const MAX_NAME_LENGTH = 200;
/** Codes (19-digit parcel codes, household and contract codes, ids of ledger events). */
export const MAX_CODE_LENGTH = 64;
/** Notes, reasons, remarks, addresses, 四至. */
export const MAX_TEXT_LENGTH = 2_000;
/** Clauses the planner writes into a contract (补充条款, assets, the rent in words). */
export const MAX_LONG_TEXT_LENGTH = 20_000;
/** A file path (Linux PATH_MAX). */
export const MAX_PATH_LENGTH = 4_096;
/** Items of one list (parcels of a contract, households of a project, ids of a merge). */
export const MAX_LIST_LENGTH = 10_000;

/** One area figure of one record: 1,000 km² (150 万亩), more than any project or transfer in a county. */
export const MAX_AREA_M2 = 1e9;
export const MAX_AREA_MU = m2ToMu(MAX_AREA_M2);
/** One amount of money: 1 万亿元; sums of many stay exact to the fen in float64. */
export const MAX_YUAN = 1e12;
/** A price per unit (元/亩, 元/斤, 元/kg, 元/m²). */
export const MAX_YUAN_PER_UNIT = 1e7;
/** A count of people, households or shares. */
export const MAX_COUNT = 1_000_000;

type Path = (string | number)[];

/**
 * The first number, text or list inside `value` beyond these limits (any number beyond ±MAX_YUAN, the
 * largest figure), with its path: for an open value (a parameter of any type) and for a schema kept by
 * another module that checks shape only.
 */
export function oversized(value: unknown, path: Path = []): { path: Path; message: string } | null {
  if (typeof value === 'number') return Math.abs(value) <= MAX_YUAN ? null : { path, message: `数值 ${value} 超出输入上限（±${MAX_YUAN}）` };
  if (typeof value === 'string') return value.length <= MAX_TEXT_LENGTH ? null : { path, message: `文字长 ${value.length} 字，超出输入上限 ${MAX_TEXT_LENGTH} 字` };
  if (value === null || typeof value !== 'object') return null;
  if (path.length >= 8) return { path, message: '嵌套层数超出输入上限 8 层' };
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  if (entries.length > MAX_LIST_LENGTH) return { path, message: `共 ${entries.length} 项，超出输入上限 ${MAX_LIST_LENGTH} 项` };
  for (const [k, v] of entries) {
    const found = oversized(v, [...path, k]);
    if (found) return found;
  }
  return null;
}

/** A zod refinement reporting `oversized` at its path. */
export function refuseOversized(value: unknown, ctx: { addIssue(issue: { code: 'custom'; path: Path; message: string }): void }): void {
  const found = oversized(value);
  if (found) ctx.addIssue({ code: 'custom', path: found.path, message: found.message });
}
