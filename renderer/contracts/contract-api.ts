import type { MethodOutput } from '../../src/api/contract';

/** Shapes of the contract methods as the renderer uses them, read from the API contract (never redefined). */
export type Party = MethodOutput<'parties.list'>[number];
export type HouseholdHit = MethodOutput<'households.search'>[number];
export type ContractListItem = MethodOutput<'contracts.list'>[number];
export type VillageSetting = MethodOutput<'contracts.settings'>['villages'][number];
export type LedgerRow = MethodOutput<'ledger.list'>[number];
export type DueItem = MethodOutput<'payments.due'>[number];
export type OverdueRow = MethodOutput<'payments.overdue'>[number];
export type ExpiringRow = MethodOutput<'contracts.expiring'>[number];
