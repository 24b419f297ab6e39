import { useState } from 'react';
import { formatYuan, yuanInCapitals } from '../../src/domain/contract/capital-numerals';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import type { DueItem } from './contract-api';
import { today } from '../calendar/today';
import { Failure } from './Failure';

type Method = 'bank_transfer' | 'cash' | 'other';
const METHODS: readonly Method[] = ['bank_transfer', 'cash', 'other'];

/** Records a rent payment against one due item; the amount defaults to what is still outstanding. */
export function PaymentForm({ item, onDone, onCancel }: { item: DueItem; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [amount, setAmount] = useState(item.outstandingYuan);
  const [paidOn, setPaidOn] = useState(today());
  const [method, setMethod] = useState<Method>('bank_transfer');
  const [receiptNo, setReceiptNo] = useState('');
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  const record = () => {
    setFailure(null);
    call('payments.record', { contractId: item.contractId, householdId: item.householdId, dueDate: item.dueDate, amountYuan: amount, paidOn, method, receiptNo: receiptNo.trim() }).then(
      onDone,
      (error: unknown) => setFailure({ error }),
    );
  };

  return (
    <div className="cform-optional__body contracts-pay" data-testid="payment-form">
      <p>{t('contract.pay.for', { name: item.headName, due: item.dueDate, outstanding: formatYuan(item.outstandingYuan) })}</p>
      <label className="cform-row">
        <span className="cform-row__label">{t('contract.pay.amount')}</span>
        <input type="number" min={0} step="0.01" value={amount} onChange={(e) => setAmount(Number(e.target.value))} data-testid="pay-amount" />
      </label>
      {amount > 0 && <p className="hint">{yuanInCapitals(amount)}</p>}
      <label className="cform-row">
        <span className="cform-row__label">{t('contract.pay.paidOn')}</span>
        <input type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} data-testid="pay-date" />
      </label>
      <label className="cform-row">
        <span className="cform-row__label">{t('contract.pay.method')}</span>
        <select value={method} onChange={(e) => setMethod(e.target.value as Method)}>
          {METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`contract.paymentMethod.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="cform-row">
        <span className="cform-row__label">{t('contract.pay.receipt')}</span>
        <input type="text" value={receiptNo} onChange={(e) => setReceiptNo(e.target.value)} data-testid="pay-receipt" />
      </label>
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={!(amount > 0) || !receiptNo.trim() || !paidOn} onClick={record} data-testid="pay-record">
          {t('contract.pay.record')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('contract.cancel')}
        </button>
      </div>
      {failure && <Failure error={failure.error} testId="pay-error" />}
    </div>
  );
}
