import { z } from 'zod';
import { valueAt } from '../../dated-value';
import { addMonths, monthsBetween } from '../../calendar/calendar-months';
import { AREA_TOLERANCE_M2 } from './ledger-invariants';
import type { RevolvingAlertPolicy } from './ledger-policy';
import type { QuotaEvent } from './quota-event';

export const RevolvingAlertLevelSchema = z.enum(['none', 'warning', 'error']);

/** One issue of revolving quota not yet fully returned on the as-of date (ZJ-05). */
export const RevolvingAlertSchema = z.object({
  issueEventId: z.string(),
  issueDate: z.string(),
  docNo: z.string(),
  issuedM2: z.number(),
  /** What is still to return from this issue after returns repaid older issues first. */
  outstandingM2: z.number(),
  monthsElapsed: z.number().int(),
  level: RevolvingAlertLevelSchema,
  /** The first day this issue warns, and the last day it may be returned: it is overdue from the day after. */
  warnDate: z.string(),
  deadline: z.string(),
  /** Sources of the month limits applied, for the printed basis. */
  source: z.string(),
});
export type RevolvingAlert = z.infer<typeof RevolvingAlertSchema>;

/** The dated entry in force when the quota was issued; an issue older than the whole table takes its first entry. */
function limitAt<T extends { effectiveFrom: string }>(entries: readonly T[], date: string): T {
  const found = valueAt(entries, date) ?? [...entries].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
  if (!found) throw new RangeError('周转指标归还预警期限表为空');
  return found;
}

/**
 * Every revolving-quota issue still outstanding on `asOf`, counting only events dated on or before it.
 * Returns repay the oldest issue first (FIFO), so the deadline that bites is always the earliest one.
 * Month limits are those in force on each issue's date: a quota keeps the deadline it was issued under.
 * An issue warns from its warning date and errs from the day after its deadline, the deadline being the
 * last day of the period counted from the issue date (民法典 第二百零一条、第二百零二条).
 */
export function revolvingAlerts(events: readonly QuotaEvent[], asOf: string, policy: RevolvingAlertPolicy): RevolvingAlert[] {
  const known = events.filter((e) => e.date <= asOf);
  const open = known
    .filter((e): e is Extract<QuotaEvent, { kind: 'issueRevolving' }> => e.kind === 'issueRevolving')
    .map((issue) => ({ issue, outstandingM2: issue.areaM2 }));
  let toRepay = known.reduce((sum, e) => (e.kind === 'returnRevolving' ? sum + e.areaM2 : sum), 0);
  for (const entry of open) {
    const repaid = Math.min(entry.outstandingM2, toRepay);
    entry.outstandingM2 -= repaid;
    toRepay -= repaid;
  }
  return open
    .filter((o) => o.outstandingM2 > AREA_TOLERANCE_M2)
    .map(({ issue, outstandingM2 }) => {
      const warn = limitAt(policy.warnMonths, issue.date);
      const error = limitAt(policy.errorMonths, issue.date);
      const warnDate = addMonths(issue.date, warn.value);
      const deadline = addMonths(issue.date, error.value);
      const level = asOf > deadline ? 'error' : asOf >= warnDate ? 'warning' : 'none';
      return {
        issueEventId: issue.id,
        issueDate: issue.date,
        docNo: issue.docNo,
        issuedM2: issue.areaM2,
        outstandingM2,
        monthsElapsed: monthsBetween(issue.date, asOf),
        level,
        warnDate,
        deadline,
        source: [...new Set([warn.source, error.source])].join('；'),
      };
    });
}
