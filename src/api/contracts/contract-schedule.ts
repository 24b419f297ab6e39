import type { ContractDraft } from '../../domain/contract/contract-draft';
import type { ScheduleItem } from '../../domain/contract/contract-view';
import type { LeasedArea } from '../../domain/contract/rent';
import { paymentSchedule } from '../../domain/contract/schedule';

/** Grain prices after a reset are not recorded yet, so grain-indexed years past the first reset are estimates. */
export const NO_RECORDED_PRICES = [] as const;

/** The payment schedule, empty when the draft's term or instalments cannot make one (the checks say why). */
export function scheduleOf(draft: ContractDraft, households: LeasedArea[]): ScheduleItem[] {
  try {
    return paymentSchedule({ startDate: draft.startDate, endDate: draft.endDate, payment: draft.payment, rent: draft.rent, households }, NO_RECORDED_PRICES);
  } catch (err) {
    if (err instanceof RangeError) return [];
    throw err;
  }
}
