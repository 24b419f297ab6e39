import type { MethodOutput } from '../../src/api/contract';

/** Shapes of the contract methods as the renderer uses them, read from the API contract (never redefined). */
export type Party = MethodOutput<'parties.list'>[number];
export type HouseholdHit = MethodOutput<'households.search'>[number];
export type LedgerRow = MethodOutput<'ledger.list'>[number];
export type DueItem = MethodOutput<'payments.due'>[number];
export type OverdueRow = MethodOutput<'payments.overdue'>[number];
export type ExpiringRow = MethodOutput<'contracts.expiring'>[number];

/**
 * The parcels of a household found by search, when the core lists them with the hit; until it does the
 * planner selects them on the map instead (asked of the contracts API in the issue-4 report).
 */
export const hitParcelIds = (hit: HouseholdHit): readonly number[] => ('parcelIds' in hit && Array.isArray(hit.parcelIds) ? (hit.parcelIds as number[]) : []);
