import { z } from 'zod';
import { DatedValueSchema } from '../../dated-value';
import { TradeScopeSchema } from './quota-event';

/**
 * The policy tables the ledger is checked against, kept per county with dates and sources (which scopes
 * a county may trade in changed in 2016, 2017, 2018 and 2021 and depends on its poverty status).
 */
export const LedgerPolicySchema = z.object({
  /** The trading scopes the county qualifies for, by date; a trade is checked against the entry in force on its date. */
  tradeScopes: z.array(DatedValueSchema(z.array(TradeScopeSchema))),
});
export type LedgerPolicy = z.infer<typeof LedgerPolicySchema>;

/** When unreturned revolving quota warns and errs, in whole months after issue (ZJ-05). */
export const RevolvingAlertPolicySchema = z.object({
  warnMonths: z.array(DatedValueSchema(z.number().int().positive())).min(1),
  errorMonths: z.array(DatedValueSchema(z.number().int().positive())).min(1),
});
export type RevolvingAlertPolicy = z.infer<typeof RevolvingAlertPolicySchema>;

const ZJ05_SOURCE = '国土资发〔2008〕138号（周转指标一般三年内归还，条款号未核实）';

/**
 * Defaults until a county sets its own: warning from 30 months after issue, error from the day after the
 * 36-month deadline.
 * effectiveFrom is the date of 138号, which introduced revolving quota.
 */
export const DEFAULT_REVOLVING_ALERT_POLICY: RevolvingAlertPolicy = {
  warnMonths: [{ value: 30, effectiveFrom: '2008-06-27', source: ZJ05_SOURCE }],
  errorMonths: [{ value: 36, effectiveFrom: '2008-06-27', source: ZJ05_SOURCE }],
};
