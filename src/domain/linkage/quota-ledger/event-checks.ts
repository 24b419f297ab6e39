import { valueAt } from '../../dated-value';
import { formatMu, roundHalfUp } from '../../units';
import { atMost, type LedgerViolation } from './ledger-invariants';
import type { LedgerPolicy } from './ledger-policy';
import { tradeAmountYuan } from './quota-balance';
import { eventLabel, PAYMENT_LABELS, SCOPE_LABELS, type QuotaEvent } from './quota-event';

/** A broken check before the ledger names the event and the date. */
export type LedgerCheckFailure = Omit<LedgerViolation, 'eventId' | 'date'>;

const mu = (m2: number): string => `${formatMu(m2)} 亩`;
/** Money is settled in fen, so payment status compares amounts rounded to 0.01 yuan. */
const fen = (yuan: number): number => roundHalfUp(yuan, 2);

/** The checks of one event on its own: positive figures, a price, a scope and payment that fit. */
export function checkEvent(e: QuotaEvent, policy: LedgerPolicy): LedgerCheckFailure | null {
  const who = eventLabel(e);
  if (!(e.areaM2 > 0)) {
    return { invariant: 'positiveArea', field: 'areaM2', message: `${who}的面积应大于零，收到 ${e.areaM2} m²` };
  }
  if (e.kind === 'reclamationAccepted') {
    if (!(e.cultivatedM2 >= 0)) {
      return { invariant: 'positiveArea', field: 'cultivatedM2', message: `${who}的验收耕地面积不能为负，收到 ${e.cultivatedM2} m²` };
    }
    if (!atMost(e.cultivatedM2, e.areaM2)) {
      return {
        invariant: 'cultivatedWithinReclaimed',
        field: 'cultivatedM2',
        message: `${who}的验收耕地 ${mu(e.cultivatedM2)} 超过验收复垦总面积 ${mu(e.areaM2)}`,
      };
    }
  }
  if (e.kind === 'tradeSurplus') return checkTrade(e, policy, who);
  return null;
}

function checkTrade(e: Extract<QuotaEvent, { kind: 'tradeSurplus' }>, policy: LedgerPolicy, who: string): LedgerCheckFailure | null {
  if (!(e.priceYuanPerMu > 0)) {
    return { invariant: 'tradePrice', field: 'priceYuanPerMu', message: `${who}的成交价应大于零，收到 ${e.priceYuanPerMu} 元/亩` };
  }
  const scopes = valueAt(policy.tradeScopes, e.date);
  if (!scopes) {
    return { invariant: 'tradeScope', field: 'scope', message: `${who}：交易日期 ${e.date} 没有生效的本县节余指标交易范围设置，请先在政策参数中填写` };
  }
  if (!scopes.value.includes(e.scope)) {
    const allowed = scopes.value.map((s) => SCOPE_LABELS[s]).join('、') || '无';
    return {
      invariant: 'tradeScope',
      field: 'scope',
      message: `${who}的交易范围“${SCOPE_LABELS[e.scope]}”不在本县 ${e.date} 可交易范围（${allowed}）内，依据：${scopes.source}`,
    };
  }
  const amount = fen(tradeAmountYuan(e));
  const paid = fen(e.paidYuan);
  const ok =
    e.paidYuan >= 0 &&
    (e.paymentStatus === 'unpaid' ? e.paidYuan === 0 : e.paymentStatus === 'paid' ? paid === amount : paid > 0 && paid < amount);
  if (!ok) {
    return {
      invariant: 'paymentConsistent',
      field: 'paidYuan',
      message: `${who}的付款状态“${PAYMENT_LABELS[e.paymentStatus]}”与已付 ${paid.toFixed(2)} 元不符（成交额 ${amount.toFixed(2)} 元）`,
    };
  }
  return null;
}
