import { z } from 'zod';
import { m2ToMu } from '../../units';
import type { QuotaEvent } from './quota-event';

/**
 * The figures of a quota ledger after some events: areas in m², money in yuan, exact float64 sums in
 * event order (round only on display, after summing).
 */
export const QuotaBalanceSchema = z.object({
  issuedM2: z.number(),
  usedM2: z.number(),
  acceptedReclaimedM2: z.number(),
  acceptedCultivatedM2: z.number(),
  returnedM2: z.number(),
  /** Revolving quota still to return: issued − returned. */
  outstandingRevolvingM2: z.number(),
  surplusConfirmedM2: z.number(),
  tradedM2: z.number(),
  usedLocallyM2: z.number(),
  /** Confirmed surplus neither traded nor used locally: confirmed − traded − used locally. */
  surplusAvailableM2: z.number(),
  /** Σ traded area in 亩 × price per 亩. */
  revenueYuan: z.number(),
  paidYuan: z.number(),
  /** revenue − paid. */
  unpaidYuan: z.number(),
});
export type QuotaBalance = z.infer<typeof QuotaBalanceSchema>;

export const EMPTY_BALANCE: Readonly<QuotaBalance> = Object.freeze({
  issuedM2: 0,
  usedM2: 0,
  acceptedReclaimedM2: 0,
  acceptedCultivatedM2: 0,
  returnedM2: 0,
  outstandingRevolvingM2: 0,
  surplusConfirmedM2: 0,
  tradedM2: 0,
  usedLocallyM2: 0,
  surplusAvailableM2: 0,
  revenueYuan: 0,
  paidYuan: 0,
  unpaidYuan: 0,
});

/** Price of one trade: its area in 亩 × price per 亩. */
export const tradeAmountYuan = (e: { areaM2: number; priceYuanPerMu: number }): number => m2ToMu(e.areaM2) * e.priceYuanPerMu;

/**
 * Adds one event to a running balance, in place: the ledger folds thousands of events when it re-checks
 * a back-dated entry, so it keeps one accumulator rather than a copy per event. Derived figures are
 * recomputed from the sums, never carried.
 */
export function accumulate(s: QuotaBalance, e: QuotaEvent): void {
  switch (e.kind) {
    case 'issueRevolving':
      s.issuedM2 += e.areaM2;
      break;
    case 'useForConstruction':
      s.usedM2 += e.areaM2;
      break;
    case 'reclamationAccepted':
      s.acceptedReclaimedM2 += e.areaM2;
      s.acceptedCultivatedM2 += e.cultivatedM2;
      break;
    case 'returnRevolving':
      s.returnedM2 += e.areaM2;
      break;
    case 'confirmSurplus':
      s.surplusConfirmedM2 += e.areaM2;
      break;
    case 'tradeSurplus':
      s.tradedM2 += e.areaM2;
      s.revenueYuan += tradeAmountYuan(e);
      s.paidYuan += e.paidYuan;
      break;
    case 'useSurplusLocally':
      s.usedLocallyM2 += e.areaM2;
      break;
  }
  s.outstandingRevolvingM2 = s.issuedM2 - s.returnedM2;
  s.surplusAvailableM2 = s.surplusConfirmedM2 - s.tradedM2 - s.usedLocallyM2;
  s.unpaidYuan = s.revenueYuan - s.paidYuan;
}

/** The balance of a project's ledger (events in ledger order, as `applyEvent` keeps them). */
export function projectBalance(events: readonly QuotaEvent[]): QuotaBalance {
  const balance = { ...EMPTY_BALANCE };
  for (const e of events) accumulate(balance, e);
  return balance;
}

/** Field-by-field sum of several balances (county totals), in the given order. */
export function sumBalances(balances: readonly QuotaBalance[]): QuotaBalance {
  const total = { ...EMPTY_BALANCE };
  const keys = Object.keys(EMPTY_BALANCE) as (keyof QuotaBalance)[];
  for (const b of balances) for (const k of keys) total[k] += b[k];
  return total;
}
