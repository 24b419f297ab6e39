import type { LedgerInvariantId } from '../quota-ledger/ledger-invariants';
import { ledgerViolation } from './facts-lookup';
import type { LinkageRule } from './rule';
import { ZJ06_INVARIANTS } from './zj-06-acceptance-first';

const SURPLUS_INVARIANTS: ReadonlySet<LedgerInvariantId> = new Set<LedgerInvariantId>(['surplusAfterReturn', 'disposedWithinSurplus', 'tradeScope']);

/**
 * Surplus is what accepted reclamation leaves once the revolving quota used in the project is returned
 * (so at most accepted − used); only confirmed surplus may be traded or used, and trades stay within the
 * scopes the county qualifies for on the trade date. The ledger keeps these invariants; a stored ledger
 * that breaks them, or any other ledger invariant except those ZJ-06 reports (so that the surplus cannot
 * be trusted), is reported here with the ledger's message.
 */
export const zj07Surplus: LinkageRule = {
  id: 'ZJ-07',
  severity: 'error',
  titleKey: 'rule.ZJ-07.title',
  basis:
    '国土资发〔2008〕138号；国土资规〔2016〕2号（省域内流转）；国办发〔2018〕16号（跨省域调剂）；节余指标 = 验收复垦面积 − 归还的周转指标，须在项目区已用周转指标归还后确认（LandLink 台账口径）',
  check(facts) {
    const found = ledgerViolation(facts);
    if (!found || ZJ06_INVARIANTS.has(found.invariant)) return [];
    const message = SURPLUS_INVARIANTS.has(found.invariant) ? found.message : `指标台账不一致，节余指标无法核对：${found.message}`;
    return [{ message, path: found.path, parcelIds: [] }];
  },
};
