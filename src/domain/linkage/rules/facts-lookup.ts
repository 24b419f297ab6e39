import { valueAt } from '../../dated-value';
import type { LandClassCode } from '../../land-class';
import type { LinkageFacts } from '../linkage-facts';
import { checkLedger } from '../quota-ledger/check-ledger';
import type { LedgerViolation } from '../quota-ledger/ledger-invariants';

/** Lookups over the facts that several linkage rules share, so each rule states only its check. */

const CULTIVATED: ReadonlySet<LandClassCode> = new Set(['0101', '0102', '0103']);

/** 耕地 = 0101 水田 + 0102 水浇地 + 0103 旱地 (domain.md E.3). */
export const isCultivated = (code: LandClassCode | null): boolean => code !== null && CULTIVATED.has(code);

export const sumOf = <T>(items: readonly T[], f: (item: T) => number): number => items.reduce((sum, item) => sum + f(item), 0);

/** The area tolerance in force on the check date; with no entry in force, none (exact comparison). */
export const toleranceM2 = (facts: LinkageFacts): number => valueAt(facts.policy.areaToleranceM2, facts.asOf)?.value ?? 0;

export const demolitionPath = (facts: LinkageFacts, id: string, field: string): string =>
  `demolitionParcels.${Math.max(0, facts.demolitionParcels.findIndex((p) => p.id === id))}.${field}`;

export const constructionPath = (facts: LinkageFacts, id: string, field: string): string =>
  `constructionParcels.${Math.max(0, facts.constructionParcels.findIndex((p) => p.id === id))}.${field}`;

/** Code of a parcel of either kind, or the id when no parcel has it. */
export function parcelCode(facts: LinkageFacts, id: string): string {
  return (facts.demolitionParcels.find((p) => p.id === id) ?? facts.constructionParcels.find((p) => p.id === id))?.code ?? id;
}

/** The ledger's first broken invariant (checkLedger) with the dotted path of the event field at fault. */
export function ledgerViolation(facts: LinkageFacts): (LedgerViolation & { path: string }) | null {
  const violation = checkLedger(facts.quotaEvents, facts.policy.ledger);
  if (!violation) return null;
  const index = facts.quotaEvents.findIndex((e) => e.id === violation.eventId);
  const event = `quotaEvents.${Math.max(0, index)}`;
  return { ...violation, path: violation.field ? `${event}.${violation.field}` : event };
}
