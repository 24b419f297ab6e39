import { z } from 'zod';
import { projectBalance, QuotaBalanceSchema, sumBalances } from './quota-balance';
import type { QuotaEvent } from './quota-event';

export const ProjectBalanceRowSchema = z.object({ code: z.string(), balance: QuotaBalanceSchema });
export const CountyTotalsSchema = z.object({
  projects: z.array(ProjectBalanceRowSchema),
  /** Field-by-field sums of the exact project balances, summed before any rounding. */
  total: QuotaBalanceSchema,
});
export type CountyTotals = z.infer<typeof CountyTotalsSchema>;

/** Balances of every linkage project of a county and their total, projects in the order given. */
export function countyTotals(projects: readonly { code: string; events: readonly QuotaEvent[] }[]): CountyTotals {
  const rows = projects.map((p) => ({ code: p.code, balance: projectBalance(p.events) }));
  return { projects: rows, total: sumBalances(rows.map((r) => r.balance)) };
}
