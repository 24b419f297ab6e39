import { muToM2 } from '../../../../src/domain/units';
import { applyEvent, type LedgerPolicy, type QuotaEvent } from '../../../../src/domain/linkage/quota-ledger';

/** Builders for ledger events in 亩, as planners think of them; ids count up per call. */
let counter = 0;
const base = (date: string) => ({ id: `e${++counter}`, date, note: '' });

export const issue = (date: string, mu: number, docNo = '鲁自然资字〔2021〕1号'): QuotaEvent => ({
  ...base(date), kind: 'issueRevolving', areaM2: muToM2(mu), docNo,
});
export const use = (date: string, mu: number): QuotaEvent => ({
  ...base(date), kind: 'useForConstruction', areaM2: muToM2(mu), parcelRefs: ['JX-01'],
});
export const accept = (date: string, mu: number, cultivatedMu = mu): QuotaEvent => ({
  ...base(date), kind: 'reclamationAccepted', areaM2: muToM2(mu), cultivatedM2: muToM2(cultivatedMu),
  gradeBefore: 9, gradeAfter: 8, acceptDocNo: '单自然资验〔2023〕5号', authority: '单县自然资源局',
});
export const giveBack = (date: string, mu: number): QuotaEvent => ({ ...base(date), kind: 'returnRevolving', areaM2: muToM2(mu) });
export const confirm = (date: string, mu: number): QuotaEvent => ({ ...base(date), kind: 'confirmSurplus', areaM2: muToM2(mu) });
export const trade = (
  date: string,
  mu: number,
  priceYuanPerMu = 300_000,
  scope: 'county' | 'province' | 'crossProvince' = 'province',
  paymentStatus: 'unpaid' | 'partial' | 'paid' = 'unpaid',
  paidYuan = 0,
): QuotaEvent => ({ ...base(date), kind: 'tradeSurplus', areaM2: muToM2(mu), buyer: '济南市历城区', scope, priceYuanPerMu, paymentStatus, paidYuan });
export const local = (date: string, mu: number): QuotaEvent => ({
  ...base(date), kind: 'useSurplusLocally', areaM2: muToM2(mu), purpose: '县产业园区建设',
});

/** A county that may trade within itself and, from 2017, within the province (a provincial key poverty county). */
export const POLICY: LedgerPolicy = {
  tradeScopes: [
    { value: ['county'], effectiveFrom: '2008-06-27', source: '国土资发〔2008〕138号' },
    { value: ['county', 'province'], effectiveFrom: '2017-05-01', source: '国土资发〔2017〕41号' },
  ],
};

/** Applies events one by one and throws the refusal's message if any is refused. */
export function ledger(...events: QuotaEvent[]): QuotaEvent[] {
  return events.reduce<QuotaEvent[]>((acc, e) => {
    const r = applyEvent(acc, e, POLICY);
    if (!r.ok) throw new Error(r.violation.message);
    return r.events;
  }, []);
}
