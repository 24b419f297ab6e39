import type { ContractDraft } from '../../src/domain/contract/contract-draft';
import type { ScheduleItem } from '../../src/domain/contract/contract-view';
import { rentPerHousehold, type LeasedArea, type RentByHousehold } from '../../src/domain/contract/rent';
import { paymentSchedule } from '../../src/domain/contract/schedule';

/** What the form needs of a parcel to price it: its holder and its whole (ellipsoidal) area. */
export interface PricedParcel {
  householdId: number | null;
  ellipsoidM2: number;
}

export type RentPreview =
  | { ok: true; firstYear: RentByHousehold; schedule: ScheduleItem[]; termYuan: number }
  | { ok: false; reason: string };

/** The leased area per household as the draft stands; parcels not yet loaded or without a holder are left out. */
export function leasedAreas(draft: ContractDraft, parcels: ReadonlyMap<number, PricedParcel>): LeasedArea[] {
  return draft.parcels.flatMap((p) => {
    const known = parcels.get(p.parcelId);
    if (!known || known.householdId === null) return [];
    return [{ householdId: known.householdId, areaM2: p.areaM2 ?? known.ellipsoidM2 }];
  });
}

/**
 * The live rent calculator: the first year's rent per household and in total, and the payment schedule,
 * from the same pure functions the core prints with. Grain prices after a reset are not known while
 * drafting, so later years carry the base price, marked as estimates by the schedule.
 */
export function previewRent(draft: ContractDraft, parcels: ReadonlyMap<number, PricedParcel>): RentPreview {
  const households = leasedAreas(draft, parcels);
  try {
    const schedule = paymentSchedule({ startDate: draft.startDate, endDate: draft.endDate, payment: draft.payment, rent: draft.rent, households }, []);
    return {
      ok: true,
      firstYear: rentPerHousehold(households, draft.rent, 1, []),
      schedule,
      termYuan: schedule.reduce((s, item) => s + item.amountYuan, 0),
    };
  } catch (err) {
    // The schedule refuses an inconsistent plan (instalments not adding up to 100 %, dates out of order) with a sentence.
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
