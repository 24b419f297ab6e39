import type { ContractView } from '../../../domain/contract/contract-view';

/** A transferor household of the contract with its parcel rows; refuses a household not on the contract. */
export function householdOf(view: ContractView, householdId: number) {
  const household = view.transferors.find((t) => t.householdId === householdId);
  if (!household) throw new RangeError(`合同 ${view.number ?? view.id} 的流出方中没有农户 ${householdId}`);
  return { household, parcels: view.parcelRows.filter((r) => r.householdId === householdId) };
}
