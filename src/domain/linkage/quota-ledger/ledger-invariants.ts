import { z } from 'zod';
import { valueAt } from '../../dated-value';
import { formatMu, roundHalfUp } from '../../units';
import { tradeAmountYuan, type QuotaBalance } from './quota-balance';
import { eventLabel, PAYMENT_LABELS, SCOPE_LABELS, type QuotaEvent } from './quota-event';
import type { LedgerPolicy } from './ledger-policy';

/**
 * The invariants of domain.md C.4 (and ZJ-06/ZJ-07 of C.3) a ledger must keep. Event checks look at one
 * event alone; balance checks must hold on the balance after every event of the ledger, in order.
 */
export const LedgerInvariantIdSchema = z.enum([
  'wellFormed',
  'uniqueId',
  'dateOrder',
  'positiveArea',
  'cultivatedWithinReclaimed',
  'tradePrice',
  'tradeScope',
  'paymentConsistent',
  'usedWithinIssued',
  'returnedWithinAcceptedCultivated',
  'returnedWithinIssued',
  'surplusAfterAcceptance',
  'surplusWithinAcceptedMinusUsed',
  'disposedWithinSurplus',
]);
export type LedgerInvariantId = z.infer<typeof LedgerInvariantIdSchema>;

export const LedgerViolationSchema = z.object({
  invariant: LedgerInvariantIdSchema,
  /** The event refused (for applyEvent) or found at fault (for checkLedger). */
  eventId: z.string(),
  /** The event field to correct, for the form to highlight, or null when the figures as a whole conflict. */
  field: z.string().nullable(),
  /** Planner-facing Chinese sentence naming the event and the figures in 亩. */
  message: z.string(),
});
export type LedgerViolation = z.infer<typeof LedgerViolationSchema>;

/**
 * Float64 sums of m² carry binary noise of about 1e-12 relative; a micro-m² allowance keeps "confirm all
 * that is left" from failing on it while staying far below the 0.01 m² that surveys record.
 */
export const AREA_TOLERANCE_M2 = 1e-6;
const atMost = (a: number, b: number): boolean => a <= b + AREA_TOLERANCE_M2;
const mu = (m2: number): string => `${formatMu(m2)} 亩`;
/** Money is settled in fen, so payment status compares amounts rounded to 0.01 yuan. */
const fen = (yuan: number): number => roundHalfUp(yuan, 2);

type Found = Omit<LedgerViolation, 'eventId'>;

/** The checks of one event on its own: positive figures, a price, a scope and payment that fit. */
export function checkEvent(e: QuotaEvent, policy: LedgerPolicy): Found | null {
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

function checkTrade(e: Extract<QuotaEvent, { kind: 'tradeSurplus' }>, policy: LedgerPolicy, who: string): Found | null {
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

/** The checks on the balance after event `at`; the first that fails is reported. */
export function checkBalance(b: QuotaBalance, at: QuotaEvent): Found | null {
  const after = `${eventLabel(at)}后`;
  if (!atMost(b.usedM2, b.issuedM2)) {
    return { invariant: 'usedWithinIssued', field: 'areaM2', message: `${after}建新已用 ${mu(b.usedM2)}，超过已下达周转指标 ${mu(b.issuedM2)}` };
  }
  if (!atMost(b.returnedM2, b.acceptedCultivatedM2)) {
    return {
      invariant: 'returnedWithinAcceptedCultivated',
      field: 'areaM2',
      message: `${after}已归还 ${mu(b.returnedM2)}，超过已验收复垦耕地 ${mu(b.acceptedCultivatedM2)}（归还须以验收合格的耕地抵顶，ZJ-06）`,
    };
  }
  if (!atMost(b.returnedM2, b.issuedM2)) {
    return { invariant: 'returnedWithinIssued', field: 'areaM2', message: `${after}已归还 ${mu(b.returnedM2)}，超过已下达周转指标 ${mu(b.issuedM2)}` };
  }
  const disposesSurplus = at.kind === 'confirmSurplus' || at.kind === 'tradeSurplus' || at.kind === 'useSurplusLocally';
  if (disposesSurplus && b.acceptedReclaimedM2 === 0) {
    return { invariant: 'surplusAfterAcceptance', field: 'date', message: `${eventLabel(at)}早于复垦验收：节余指标须在复垦验收合格后方可确认、交易或使用（ZJ-06）` };
  }
  // Construction use normally precedes acceptance, so accepted − used may be negative before any surplus exists.
  if (!atMost(b.surplusConfirmedM2, Math.max(0, b.acceptedReclaimedM2 - b.usedM2))) {
    return {
      invariant: 'surplusWithinAcceptedMinusUsed',
      field: 'areaM2',
      message: `${after}已确认节余 ${mu(b.surplusConfirmedM2)}，超过验收复垦 ${mu(b.acceptedReclaimedM2)} 减建新已用 ${mu(b.usedM2)}（ZJ-07）`,
    };
  }
  if (!atMost(b.tradedM2 + b.usedLocallyM2, b.surplusConfirmedM2)) {
    return {
      invariant: 'disposedWithinSurplus',
      field: 'areaM2',
      message: `${after}节余已交易 ${mu(b.tradedM2)} 加本地使用 ${mu(b.usedLocallyM2)}，超过已确认节余 ${mu(b.surplusConfirmedM2)}`,
    };
  }
  return null;
}
