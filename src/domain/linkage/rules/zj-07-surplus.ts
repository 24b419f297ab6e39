import { ledgerViolation } from './facts-lookup';
import type { LinkageRule } from './rule';

/** Invariants of the ledger that ZJ-06 reports; every other one makes the surplus unverifiable here. */
const ZJ06_INVARIANTS = new Set(['returnedWithinAcceptedCultivated', 'surplusAfterAcceptance']);
const SURPLUS_INVARIANTS = new Set(['surplusWithinAcceptedMinusUsed', 'disposedWithinSurplus', 'tradeScope']);

/**
 * Surplus = accepted reclaimed area − area used for construction in the project; only confirmed surplus may
 * be traded or used, and trades stay within the scopes the county qualifies for on the trade date. The
 * ledger keeps these invariants; a stored ledger that breaks them, or any other ledger invariant (so that
 * the surplus cannot be trusted), is reported here with the ledger's message.
 */
export const zj07Surplus: LinkageRule = {
  id: 'ZJ-07',
  severity: 'error',
  titleKey: 'rule.ZJ-07.title',
  basis: '国土资发〔2008〕138号；国土资规〔2016〕2号（省域内流转）；国办发〔2018〕16号（跨省域调剂）；节余指标 = 验收复垦面积 − 项目区内建新使用面积（domain.md C.4，LandLink 台账口径）',
  check(facts) {
    const found = ledgerViolation(facts);
    if (!found || ZJ06_INVARIANTS.has(found.invariant)) return [];
    const message = SURPLUS_INVARIANTS.has(found.invariant) ? found.message : `指标台账不一致，节余指标无法核对：${found.message}`;
    return [{ message, path: found.path, parcelIds: [] }];
  },
};
