import type { LedgerInvariantId } from '../quota-ledger/ledger-invariants';
import { ledgerViolation } from './facts-lookup';
import type { LinkageRule } from './rule';

/** The ledger invariants about what accepted reclamation covers: returns and surplus, in area and in cultivated land. */
export const ZJ06_INVARIANTS: ReadonlySet<LedgerInvariantId> = new Set<LedgerInvariantId>(['returnedPlusSurplusWithinAccepted', 'cultivatedCoversReturnedPlusSurplus']);

/**
 * Reclamation must pass acceptance (复垦验收) before revolving quota counts as returned and before surplus
 * is confirmed: returns and surplus together draw on the accepted reclaimed area and on its accepted
 * cultivated land, never on more. The quota ledger keeps these invariants; this rule reports a stored
 * ledger that breaks one, with the ledger's own message naming the event, the date and the figures.
 */
export const zj06AcceptanceFirst: LinkageRule = {
  id: 'ZJ-06',
  severity: 'error',
  titleKey: 'rule.ZJ-06.title',
  basis: '国土资发〔2008〕138号：拆旧地块复垦经验收合格后方可归还周转指标、确认节余指标（条款号未核实）',
  check(facts) {
    const found = ledgerViolation(facts);
    if (!found || !ZJ06_INVARIANTS.has(found.invariant)) return [];
    return [{ message: found.message, path: found.path, parcelIds: [] }];
  },
};
