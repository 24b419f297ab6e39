import type { MethodOutput } from '../../src/api/contract';
import { CONTRACT_EVENTS, type ContractEvent } from '../../src/domain/contract/contract-correction';

/** One line of a contract's history as the core lists it ('contracts.history'). */
export type HistoryEntry = MethodOutput<'contracts.history'>[number];

/** The events that stand (none taken back since), each with its date. */
export function standingEvents(history: readonly HistoryEntry[]): Partial<Record<ContractEvent, string>> {
  const standing: Partial<Record<ContractEvent, string>> = {};
  for (const e of history) if (e.kind === 'event' && !e.undone) standing[e.event] = e.date;
  return standing;
}

/**
 * The event the contract's status rests on, which a correction would take back first: the last standing
 * one in the order of a contract's life (a termination ends any); null for a draft. It holds also for a
 * contract shown as expired, whose record is still in force.
 */
export function lastEvent(history: readonly HistoryEntry[]): ContractEvent | null {
  const standing = standingEvents(history);
  return [...CONTRACT_EVENTS].reverse().find((e) => standing[e] !== undefined) ?? null;
}
