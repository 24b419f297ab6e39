import type { ContractListItem, Party, VillageSetting } from './contract-api';

/** A choice offered for batch printing: a transferee or a village, with how many contracts it would print. */
export interface BatchChoice<K> {
  key: K;
  name: string;
  count: number;
}

/** Transferees (乙方) holding at least one contract, in the order of the party list. */
export function transfereeChoices(contracts: readonly ContractListItem[], parties: readonly Party[]): BatchChoice<number>[] {
  const counts = new Map<number, number>();
  for (const c of contracts) counts.set(c.transferee.id, (counts.get(c.transferee.id) ?? 0) + 1);
  return parties.flatMap((p) => (counts.has(p.id) ? [{ key: p.id, name: p.name, count: counts.get(p.id)! }] : []));
}

/**
 * Villages with at least one contract parcel. Contract summaries name their villages; the batch scope needs
 * the 12-digit code, which the village settings give. A contract spanning two villages counts in both.
 */
export function villageChoices(contracts: readonly ContractListItem[], villages: readonly VillageSetting[]): BatchChoice<string>[] {
  const counts = new Map<string, number>();
  for (const c of contracts) for (const name of new Set(c.villages)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return villages.flatMap((v) => (counts.has(v.name) ? [{ key: v.code, name: v.name, count: counts.get(v.name)! }] : []));
}
