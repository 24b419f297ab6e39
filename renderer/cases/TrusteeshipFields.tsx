import { TrusteeshipOperationSchema, type Trusteeship, type TrusteeshipOperation } from '../../src/domain/case/case-records';
import { priceFromList, trusteeshipFee } from '../../src/domain/case/trusteeship-fee';
import { formatYuan } from '../../src/domain/contract/capital-numerals';
import { useI18n } from '../i18n/I18nProvider';
import type { PriceList } from './case-api';
import { AreaInput, ChoiceInput, DateInput, NumberInput, TextInput } from './record-fields';

type PaymentKind = Trusteeship['payment']['kind'];
const PAYMENT_KINDS: readonly PaymentKind[] = ['deposit_then_balance', 'prepaid', 'after_service', 'deduct_from_sales'];
const OPERATIONS = TrusteeshipOperationSchema.options;

const paymentOf = (kind: PaymentKind): Trusteeship['payment'] => (kind === 'deposit_then_balance' ? { kind, depositShare: 0.3, balanceDays: 30 } : { kind });

/**
 * 土地托管 (domain.md D.3, MARA 2020 model): the operations come from the co-op's price list, and the fee
 * per 亩 it gives is offered as a suggestion the planner may take or negotiate away from.
 */
export function TrusteeshipFields({ r, set, lists }: { r: Trusteeship; set: (r: Trusteeship) => void; lists: readonly PriceList[] }) {
  const { t } = useI18n();
  const list = lists.find((l) => l.coop === r.coop) ?? null;
  const suggested = list ? priceFromList(list, r.mode, r.operations) : null;
  const fee = trusteeshipFee(r);
  const toggle = (op: TrusteeshipOperation, on: boolean) => set({ ...r, operations: on ? OPERATIONS.filter((o) => o === op || r.operations.includes(o)) : r.operations.filter((o) => o !== op) });
  const pay = r.payment;
  return (
    <>
      <label className="cform-row">
        <span className="cform-row__label">{t('cases.trusteeship.coop')}</span>
        <input type="text" list="case-coops" value={r.coop} onChange={(e) => set({ ...r, coop: e.target.value })} data-testid="trusteeship-coop" />
        <datalist id="case-coops">
          {lists.map((l) => (
            <option key={l.coop} value={l.coop} />
          ))}
        </datalist>
      </label>
      <TextInput label="cases.trusteeship.client" value={r.client} onChange={(client) => set({ ...r, client })} testId="trusteeship-client" />
      <ChoiceInput label="cases.trusteeship.mode" value={r.mode} options={['partial', 'full'] as const} prefix="cases.trusteeshipMode" onChange={(mode) => set({ ...r, mode, guaranteedYieldKgPerMu: mode === 'full' ? (r.guaranteedYieldKgPerMu ?? null) : null })} testId="trusteeship-mode" />
      <TextInput label="cases.trusteeship.crop" value={r.crop} onChange={(crop) => set({ ...r, crop })} testId="trusteeship-crop" />
      <AreaInput label="cases.trusteeship.area" value={r.areaM2} onChange={(areaM2) => set({ ...r, areaM2 })} testId="trusteeship-area" />
      <div className="cform-row">
        <span className="cform-row__label">{t('cases.trusteeship.operations')}</span>
        <span className="cform-checks" data-testid="trusteeship-operations">
          {OPERATIONS.map((op) => (
            <label key={op} className="cform-check">
              <input type="checkbox" checked={r.operations.includes(op)} onChange={(e) => toggle(op, e.target.checked)} data-testid={`trusteeship-op-${op}`} />
              {t(`cases.operation.${op}`)}
              {list?.operations[op] !== undefined && <span className="hint">{t('cases.trusteeship.opPrice', { yuan: formatYuan(list.operations[op]!) })}</span>}
            </label>
          ))}
        </span>
      </div>
      <NumberInput label="cases.trusteeship.fee" value={r.feeYuanPerMu} onChange={(v) => set({ ...r, feeYuanPerMu: v ?? 0 })} unit="cases.unit.yuanPerMu" testId="trusteeship-fee" />
      {suggested !== null && (
        <p className="cform-hint" data-testid="trusteeship-suggested" data-yuan={suggested}>
          {t('cases.trusteeship.suggested', { yuan: formatYuan(suggested), source: list!.source, from: list!.effectiveFrom })}{' '}
          {suggested !== r.feeYuanPerMu && (
            <button type="button" className="link-button" onClick={() => set({ ...r, feeYuanPerMu: suggested })} data-testid="trusteeship-use-suggested">
              {t('cases.trusteeship.useSuggested')}
            </button>
          )}
        </p>
      )}
      {r.feeYuanPerMu > 0 && <p className="cform-hint" data-testid="trusteeship-total">{t('cases.trusteeship.total', { total: formatYuan(fee.totalYuan), deposit: formatYuan(fee.depositYuan), balance: formatYuan(fee.balanceYuan) })}</p>}
      <ChoiceInput label="cases.trusteeship.payment" value={pay.kind} options={PAYMENT_KINDS} prefix="cases.payment" onChange={(kind) => set({ ...r, payment: paymentOf(kind) })} testId="trusteeship-payment" />
      {pay.kind === 'deposit_then_balance' && (
        <>
          <NumberInput label="cases.trusteeship.deposit" value={pay.depositShare} scale={100} onChange={(v) => set({ ...r, payment: { ...pay, depositShare: v ?? 0 } })} unit="cases.unit.percent" testId="trusteeship-deposit" />
          <NumberInput label="cases.trusteeship.balanceDays" value={pay.balanceDays} onChange={(v) => set({ ...r, payment: { ...pay, balanceDays: Math.round(v ?? 0) } })} unit="cases.unit.days" testId="trusteeship-balanceDays" />
        </>
      )}
      <DateInput label="cases.trusteeship.start" value={r.startDate} onChange={(v) => set({ ...r, startDate: v ?? '' })} testId="trusteeship-start" />
      <DateInput label="cases.trusteeship.end" value={r.endDate} onChange={(v) => set({ ...r, endDate: v ?? '' })} testId="trusteeship-end" />
      {r.mode === 'full' && (
        <>
          <NumberInput label="cases.trusteeship.yield" value={r.guaranteedYieldKgPerMu} onChange={(guaranteedYieldKgPerMu) => set({ ...r, guaranteedYieldKgPerMu })} unit="cases.unit.kgPerMu" testId="trusteeship-yield" />
          <NumberInput label="cases.trusteeship.shortfall" value={r.shortfallYuanPerKg} onChange={(shortfallYuanPerKg) => set({ ...r, shortfallYuanPerKg })} unit="cases.unit.yuanPerKg" testId="trusteeship-shortfall" />
        </>
      )}
      <NumberInput label="cases.trusteeship.lateFee" value={r.lateFeeDailyRate} scale={100} onChange={(v) => set({ ...r, lateFeeDailyRate: v ?? 0 })} unit="cases.unit.percentPerDay" testId="trusteeship-lateFee" />
      <DateInput label="cases.trusteeship.signedOn" value={r.signedOn} onChange={(signedOn) => set({ ...r, signedOn })} testId="trusteeship-signedOn" />
    </>
  );
}
