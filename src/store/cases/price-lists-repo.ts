import type Database from 'better-sqlite3';
import { TrusteeshipPriceListSchema, type TrusteeshipPriceList } from '../../domain/case/case-records';
import type { Project } from '../project';
import { putSetting, settingAt } from '../settings-repo';

/**
 * The co-ops' trusteeship price lists (D.3: no authoritative Shandong schedule exists, so each co-op
 * keeps its own), as dated settings `case.priceList.<coop>`: the value holds the prices, the setting's
 * date and source are the list's. LandLink ships none.
 */

const PREFIX = 'case.priceList.';
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

type Prices = Pick<TrusteeshipPriceList, 'operations' | 'fullPackageYuanPerMu'>;

/** Every co-op's list in force on `date`, by co-op name. */
export function priceListsAt(db: Database.Database, date: string): TrusteeshipPriceList[] {
  const keys = db.prepare(`SELECT DISTINCT key FROM settings WHERE key LIKE ? ESCAPE '\\' ORDER BY key`).pluck().all(`${escapeLike(PREFIX)}%`) as string[];
  return keys.flatMap((key) => {
    const row = settingAt<Prices>(db, key, date);
    if (!row) return [];
    return [TrusteeshipPriceListSchema.parse({ coop: key.slice(PREFIX.length), ...row.value, effectiveFrom: row.effectiveFrom, source: row.source })];
  });
}

/** The list of `coop` dated exactly `effectiveFrom`, or null. */
export function priceListOn(db: Database.Database, coop: string, effectiveFrom: string): TrusteeshipPriceList | null {
  const row = settingAt<Prices>(db, PREFIX + coop, effectiveFrom);
  return row && row.effectiveFrom === effectiveFrom ? { coop, ...row.value, effectiveFrom, source: row.source } : null;
}

/** Records a list (inside the caller's write, which audits it); a list of the same co-op and date is replaced. */
export function putPriceList(db: Database.Database, list: TrusteeshipPriceList): void {
  putSetting(db, {
    key: PREFIX + list.coop,
    value: { operations: list.operations, fullPackageYuanPerMu: list.fullPackageYuanPerMu },
    effectiveFrom: list.effectiveFrom,
    source: list.source,
  });
}

/** Records a list in its own audited write, keeping the list of the same co-op and date it replaces in the audit row. */
export function savePriceList(project: Project, list: TrusteeshipPriceList, actor: string): TrusteeshipPriceList {
  return project.write(actor, ({ db, audit }) => {
    const before = priceListOn(db, list.coop, list.effectiveFrom);
    putPriceList(db, list);
    audit({ action: 'setting', entity: 'case_price_list', entityId: list.coop, before, after: list });
    return list;
  });
}
