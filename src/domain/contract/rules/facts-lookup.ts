import { m2ToMu } from '../../units';
import type { ContractDraft } from '../contract-draft';
import type { ContractFacts, PartyKind } from '../contract-facts';
import type { TransferredParcel } from '../one-transfer';
import { dayNumber, termYears } from '../term';

/** Lookups over the resolved facts that several rules share, so each rule states only its check. */

type FactsParcel = ContractFacts['parcels'][number];
type Transferor = ContractFacts['transferors'][number];

/** Dotted path of a field of the draft's parcel row for a parcel, e.g. `parcels.3.areaM2`. */
export function parcelPath(facts: ContractFacts, parcelId: number, field: 'parcelId' | 'areaM2' | 'boundaries'): string {
  const index = facts.draft.parcels.findIndex((p) => p.parcelId === parcelId);
  return `parcels.${index < 0 ? 0 : index}.${field}`;
}

export const parcelsOf = (facts: ContractFacts, householdId: number): FactsParcel[] =>
  facts.parcels.filter((p) => p.householdId === householdId);

/**
 * The draft's parcels as the one-transfer rule weighs them: the area transferred and the most of the parcel
 * any transfer may take (its registered area where smaller than the measured one, as LT-20 allows).
 */
export const transferredParcels = (facts: ContractFacts): TransferredParcel[] =>
  facts.parcels.map((p) => ({
    parcelId: p.parcelId,
    code: p.code,
    leasedAreaM2: p.leasedAreaM2,
    capM2: Math.min(p.registeredAreaM2 ?? p.ellipsoidAreaM2, p.ellipsoidAreaM2),
  }));

/** Total leased area in 亩, summed in m² first (domain.md E.1). */
export const leasedMu = (facts: ContractFacts): number => m2ToMu(facts.parcels.reduce((sum, p) => sum + p.leasedAreaM2, 0));

/** The end the household may transfer to: its registered end, or the signed extension when later. */
export function transferableEnd(transferor: Transferor): string {
  const extended = transferor.extendedEnd ?? '';
  return extended > transferor.contractEnd ? extended : transferor.contractEnd;
}

/** Social capital (domain.md B.2): any organisation, or a person from outside the collective. */
/**
 * Whether the transferee is 工商企业等社会资本 under the county's list of kinds (a dated policy): a listed
 * household or individual counts only when it is not a member of the collective; the collective never does.
 */
export function isSocialCapital(transferee: ContractFacts['transferee'], kinds: readonly PartyKind[]): boolean {
  if (transferee.kind === 'collective' || !kinds.includes(transferee.kind)) return false;
  return transferee.kind === 'household' || transferee.kind === 'individual' ? !transferee.collectiveMember : true;
}

/** The schema checks a date's shape only; 2025-02-30 passes it, so rules that count days ask first. */
export function isRealDate(iso: string): boolean {
  try {
    dayNumber(iso);
    return true;
  } catch {
    return false;
  }
}

/** The term in contract years as the rent schedule counts it; null when LT-06 already rejects the dates. */
export function agreedTermYears(draft: ContractDraft): number | null {
  if (!isRealDate(draft.startDate) || !isRealDate(draft.endDate) || draft.endDate < draft.startDate) return null;
  return termYears(draft.startDate, draft.endDate);
}
