import { z } from 'zod';
import { CalendarDateSchema } from '../../calendar/calendar-date';

/**
 * The events of one linkage project's quota ledger (挂钩指标台账). Areas are m² (float64, shown in 亩 and
 * 公顷 only on display); money is yuan. The schemas check shape only: whether an event may join a ledger
 * (positive areas, a price, the invariants of `ledger-invariants.ts`) is decided by `applyEvent`, so that
 * every refusal comes with one Chinese message naming the event and the figures.
 */

const eventBase = {
  /** Stable id within the ledger (the store's row key or a UUID), unique per project. */
  id: z.string().min(1),
  date: CalendarDateSchema,
  note: z.string(),
};

/** 下达周转指标: revolving quota issued to the project, to be returned within the deadline (ZJ-05). */
export const IssueRevolvingSchema = z.object({
  ...eventBase,
  kind: z.literal('issueRevolving'),
  areaM2: z.number().finite(),
  docNo: z.string().min(1),
});

/** 建新使用: revolving quota used by construction parcels of the project. */
export const UseForConstructionSchema = z.object({
  ...eventBase,
  kind: z.literal('useForConstruction'),
  areaM2: z.number().finite(),
  /** Construction parcels (建新地块) by their store ids or codes. */
  parcelRefs: z.array(z.string().min(1)),
});

/** 复垦验收: reclamation of demolition parcels accepted (ZJ-06); only accepted land counts. */
export const ReclamationAcceptedSchema = z.object({
  ...eventBase,
  kind: z.literal('reclamationAccepted'),
  /** Reclaimed area accepted, all classes. */
  areaM2: z.number().finite(),
  /** Of which cultivated land (01); this is what returns revolving quota. */
  cultivatedM2: z.number().finite(),
  /** Cultivated-land quality grade (等别) before and after, for ZJ-03; direction is the rule's business. */
  gradeBefore: z.number().int().optional(),
  gradeAfter: z.number().int().optional(),
  acceptDocNo: z.string().min(1),
  /** Accepting authority, e.g. 单县自然资源局 or 菏泽市自然资源和规划局. */
  authority: z.string().min(1),
});

/** 归还周转指标: revolving quota returned with accepted reclaimed cultivated land. */
export const ReturnRevolvingSchema = z.object({
  ...eventBase,
  kind: z.literal('returnRevolving'),
  areaM2: z.number().finite(),
});

/** 节余指标确认: surplus quota confirmed after acceptance (ZJ-07). */
export const ConfirmSurplusSchema = z.object({
  ...eventBase,
  kind: z.literal('confirmSurplus'),
  areaM2: z.number().finite(),
});

export const TradeScopeSchema = z.enum(['county', 'province', 'crossProvince']);
export type TradeScope = z.infer<typeof TradeScopeSchema>;

export const PaymentStatusSchema = z.enum(['unpaid', 'partial', 'paid']);
export type PaymentStatus = z.infer<typeof PaymentStatusSchema>;

/** 节余指标交易: surplus quota sold to a buyer at a price per 亩, within a scope the county qualifies for. */
export const TradeSurplusSchema = z.object({
  ...eventBase,
  kind: z.literal('tradeSurplus'),
  areaM2: z.number().finite(),
  buyer: z.string().min(1),
  scope: TradeScopeSchema,
  priceYuanPerMu: z.number().finite(),
  paymentStatus: PaymentStatusSchema,
  paidYuan: z.number().finite(),
});

/** 节余指标本地使用: surplus quota used inside the county for a stated purpose. */
export const UseSurplusLocallySchema = z.object({
  ...eventBase,
  kind: z.literal('useSurplusLocally'),
  areaM2: z.number().finite(),
  purpose: z.string().min(1),
});

export const QuotaEventSchema = z.discriminatedUnion('kind', [
  IssueRevolvingSchema,
  UseForConstructionSchema,
  ReclamationAcceptedSchema,
  ReturnRevolvingSchema,
  ConfirmSurplusSchema,
  TradeSurplusSchema,
  UseSurplusLocallySchema,
]);
export type QuotaEvent = z.infer<typeof QuotaEventSchema>;
export type QuotaEventKind = QuotaEvent['kind'];
export type TradeSurplusEvent = z.infer<typeof TradeSurplusSchema>;

/** Chinese names of the event kinds, as the ledger statement and messages print them. */
export const QUOTA_EVENT_LABELS: Record<QuotaEventKind, string> = {
  issueRevolving: '下达周转指标',
  useForConstruction: '建新使用',
  reclamationAccepted: '复垦验收',
  returnRevolving: '归还周转指标',
  confirmSurplus: '节余指标确认',
  tradeSurplus: '节余指标交易',
  useSurplusLocally: '节余指标本地使用',
};

export const SCOPE_LABELS: Record<TradeScope, string> = { county: '县域内', province: '省域内', crossProvince: '跨省域' };
export const PAYMENT_LABELS: Record<PaymentStatus, string> = { unpaid: '未付', partial: '部分支付', paid: '已付清' };

/** How a message names an event: 事项「id」（date 下达周转指标）. */
export const eventLabel = (e: Pick<QuotaEvent, 'id' | 'date' | 'kind'>): string =>
  `事项「${e.id}」（${e.date} ${QUOTA_EVENT_LABELS[e.kind]}）`;
