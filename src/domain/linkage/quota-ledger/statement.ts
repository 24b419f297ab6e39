import { z } from 'zod';
import { accumulate, projectBalance, QuotaBalanceSchema, tradeAmountYuan } from './quota-balance';
import { PAYMENT_LABELS, QUOTA_EVENT_LABELS, QuotaEventSchema, SCOPE_LABELS, type QuotaEvent } from './quota-event';

/** One line of a project's ledger statement: the event, how it reads, and the balance right after it. */
export const StatementRowSchema = z.object({
  event: QuotaEventSchema,
  /** Chinese name of the event kind (下达周转指标 …). */
  label: z.string(),
  /** Document, parcels, buyer or purpose as printed in the 摘要 column. */
  summary: z.string(),
  /** The event's area in m². */
  areaM2: z.number(),
  /** Trade amount in yuan for a trade, else null. */
  amountYuan: z.number().nullable(),
  balance: QuotaBalanceSchema,
});
export type StatementRow = z.infer<typeof StatementRowSchema>;

function summaryOf(e: QuotaEvent): string {
  switch (e.kind) {
    case 'issueRevolving':
      return e.docNo;
    case 'useForConstruction':
      return `建新地块 ${e.parcelRefs.join('、')}`;
    case 'reclamationAccepted':
      return `${e.acceptDocNo}（${e.authority}）`;
    case 'tradeSurplus':
      return `${e.buyer}，${SCOPE_LABELS[e.scope]}，${PAYMENT_LABELS[e.paymentStatus]}`;
    case 'useSurplusLocally':
      return e.purpose;
    case 'returnRevolving':
    case 'confirmSurplus':
      return e.note;
  }
}

/** The per-project statement for the Excel export and the printed proposal: running balances, exact. */
export function statementRows(events: readonly QuotaEvent[]): StatementRow[] {
  const running = projectBalance([]);
  return events.map((event) => {
    accumulate(running, event);
    return {
      event,
      label: QUOTA_EVENT_LABELS[event.kind],
      summary: summaryOf(event),
      areaM2: event.areaM2,
      amountYuan: event.kind === 'tradeSurplus' ? tradeAmountYuan(event) : null,
      balance: { ...running },
    };
  });
}
