import { roundHalfUp } from '../units';
import type { ContractDraft, PaymentPlan } from './contract-draft';
import type { ScheduleItem } from './contract-view';
import { rentPerHousehold, type GrainPrice, type LeasedArea } from './rent';
import { contractYears, dayNumber, isoDate, onMonthDay, yearOf, type ContractYear } from './term';

/**
 * The rent payment schedule (model text 四(三)): due dates and amounts per household. Amounts are exact
 * until the last step, where each household's items are rounded to the fen and its last item takes
 * the remainder, so the printed items add up to the household's printed term rent.
 */

export type ScheduleInput = Pick<ContractDraft, 'startDate' | 'endDate' | 'payment' | 'rent'> & { households: readonly LeasedArea[] };

const toFen = (yuan: number): number => Math.round(roundHalfUp(yuan, 2) * 100);

/** The year's parts as [monthDay, share of the year's rent]; instalment percentages must add up to 100. */
function parts(plan: PaymentPlan): [string, number][] {
  if (plan.mode !== 'instalments') return [[plan.dueMonthDay, 1]];
  const sum = plan.instalments.reduce((s, p) => s + p.pct, 0);
  if (roundHalfUp(sum, 6) !== 100) {
    throw new RangeError(`付款计划（payment.instalments）各期比例之和应为 100%，现为 ${roundHalfUp(sum, 6)}%`);
  }
  return plan.instalments.map((p) => [p.monthDay, p.pct / 100]);
}

/**
 * Due days of a contract year's parts. In advance the first part falls on the last `MM-DD` on or before
 * the year's first day, otherwise on the first on or after it; later parts follow on their next `MM-DD`.
 * No date is before the contract starts or after the year's last day.
 */
function dueDays(year: ContractYear, contractStart: number, plan: PaymentPlan, monthDays: string[]): number[] {
  const calendarYear = yearOf(year.firstDay);
  let previous = Number.NaN;
  return monthDays.map((md, i) => {
    let day: number;
    if (i === 0 && plan.inAdvance) {
      day = onMonthDay(calendarYear, md);
      if (day > year.firstDay) day = onMonthDay(calendarYear - 1, md);
    } else {
      const after = i === 0 ? year.firstDay - 1 : previous;
      day = onMonthDay(yearOf(after), md);
      if (day <= after) day = onMonthDay(yearOf(after) + 1, md);
    }
    previous = day;
    return Math.max(contractStart, Math.min(day, year.lastDay));
  });
}

interface ExactItem extends Omit<ScheduleItem, 'amountYuan'> {
  exactYuan: number;
}

/**
 * The payment schedule: lump_sum is one payment per household of the whole term's rent on the first
 * due date; annual is one payment per contract year; instalments split each year by percentage. A
 * shortened last year pays pro rata by days. Rent that is not money (kind 'other') and payment mode
 * 'other' give no schedule.
 */
export function paymentSchedule(input: ScheduleInput, prices: readonly GrainPrice[]): ScheduleItem[] {
  if (input.rent.kind === 'other' || input.payment.mode === 'other') return [];
  const start = dayNumber(input.startDate);
  const split = parts(input.payment);
  const exact: ExactItem[] = [];
  for (const year of contractYears(input.startDate, input.endDate)) {
    const rent = rentPerHousehold(input.households, input.rent, year.index, prices);
    const days = dueDays(year, start, input.payment, split.map(([md]) => md));
    split.forEach(([, share], part) => {
      for (const h of rent.households) {
        exact.push({ year: year.index, dueDate: isoDate(days[part]!), householdId: h.householdId, exactYuan: (h.yuan ?? 0) * year.fraction * share, estimated: rent.estimated });
      }
    });
  }
  return roundPerHousehold(input.payment.mode === 'lump_sum' ? lumpSums(exact) : exact);
}

function lumpSums(items: ExactItem[]): ExactItem[] {
  const byHousehold = new Map<number, ExactItem>();
  for (const item of items) {
    const sum = byHousehold.get(item.householdId);
    if (!sum) byHousehold.set(item.householdId, { ...item });
    else {
      sum.exactYuan += item.exactYuan;
      sum.estimated ||= item.estimated;
    }
  }
  return [...byHousehold.values()];
}

function roundPerHousehold(items: ExactItem[]): ScheduleItem[] {
  const totals = new Map<number, { exact: number; printedFen: number; remaining: number }>();
  for (const item of items) {
    const t = totals.get(item.householdId) ?? { exact: 0, printedFen: 0, remaining: 0 };
    t.exact += item.exactYuan;
    t.remaining += 1;
    totals.set(item.householdId, t);
  }
  return items.map(({ exactYuan, ...item }) => {
    const t = totals.get(item.householdId)!;
    t.remaining -= 1;
    const fen = t.remaining === 0 ? toFen(t.exact) - t.printedFen : toFen(exactYuan);
    t.printedFen += fen;
    return { ...item, amountYuan: fen / 100 };
  });
}

export interface RecordedPayment {
  householdId: number;
  dueDate: string;
  amountYuan: number;
}

export interface OverdueItem {
  item: ScheduleItem;
  paidYuan: number;
  outstandingYuan: number;
}

/**
 * Schedule items due before `today` and not paid in full. A payment counts against the items of its
 * household and due date, in schedule order; an overpayment does not settle other dates.
 */
export function overdue(schedule: readonly ScheduleItem[], payments: readonly RecordedPayment[], today: string): OverdueItem[] {
  const todayDay = dayNumber(today);
  const paidFen = new Map<string, number>();
  const key = (householdId: number, dueDate: string): string => `${householdId}|${dueDate}`;
  for (const p of payments) paidFen.set(key(p.householdId, p.dueDate), (paidFen.get(key(p.householdId, p.dueDate)) ?? 0) + toFen(p.amountYuan));
  const result: OverdueItem[] = [];
  for (const item of schedule) {
    const k = key(item.householdId, item.dueDate);
    const dueFen = toFen(item.amountYuan);
    const applied = Math.min(dueFen, paidFen.get(k) ?? 0);
    paidFen.set(k, (paidFen.get(k) ?? 0) - applied);
    if (dayNumber(item.dueDate) < todayDay && applied < dueFen) {
      result.push({ item, paidYuan: applied / 100, outstandingYuan: (dueFen - applied) / 100 });
    }
  }
  return result;
}
