import { useState, type FormEvent } from 'react';
import { CalendarDateSchema } from '../../src/domain/calendar/calendar-date';
import type { AmendmentRequest } from '../../src/domain/contract/contract-amendment';
import { today } from '../calendar/today';
import { useI18n } from '../i18n/I18nProvider';

/** A contract in force on the parcel being edited, as the amendment form offers it. */
export interface AmendableContract {
  contractId: number;
  number: string | null;
  transfereeName: string;
}

interface AmendmentFormProps {
  contracts: readonly AmendableContract[];
  busy: boolean;
  onSubmit: (amendment: AmendmentRequest) => void;
  onCancel: () => void;
}

/**
 * The refused edit made as a recorded amendment (变更) of the contract on the parcel: which contract, why
 * and on what date; then a confirmation, since the amendment is a legal act the edit log cannot undo.
 */
export function AmendmentForm({ contracts, busy, onSubmit, onCancel }: AmendmentFormProps) {
  const { t } = useI18n();
  const [contractId, setContractId] = useState(contracts[0]?.contractId ?? 0);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(today());
  const [problem, setProblem] = useState<'reason' | 'date' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const chosen = contracts.find((c) => c.contractId === contractId) ?? contracts[0];
  const label = (c: AmendableContract) => `${c.number ?? t('amend.unnumbered', { id: c.contractId })} ${c.transfereeName}`;

  const next = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') return setProblem('reason');
    if (!CalendarDateSchema.safeParse(date).success) return setProblem('date');
    setProblem(null);
    setConfirming(true);
  };

  if (confirming && chosen) {
    return (
      <section className="panel-section edit-form" data-testid="amend-confirm">
        <header className="panel-section__header">
          <h2>{t('amend.confirmTitle')}</h2>
        </header>
        <p>{t('amend.confirmText', { contract: label(chosen), date, reason: reason.trim() })}</p>
        <p className="hint">{t('amend.noUndo')}</p>
        <div className="edit-form__actions">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => onSubmit({ contractId: chosen.contractId, reason: reason.trim(), date })} data-testid="amend-confirm-submit">
            {t('amend.confirm')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)} data-testid="amend-back">
            {t('amend.back')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <form className="panel-section edit-form" data-testid="amend-form" onSubmit={next}>
      <header className="panel-section__header">
        <h2>{t('amend.title')}</h2>
      </header>
      <p className="hint">{t('amend.hint')}</p>
      <label className="edit-form__field">
        {t('amend.contract')}
        <select value={contractId} onChange={(e) => setContractId(Number(e.target.value))} data-testid="amend-contract">
          {contracts.map((c) => (
            <option key={c.contractId} value={c.contractId}>
              {label(c)}
            </option>
          ))}
        </select>
      </label>
      <label className="edit-form__field">
        {t('amend.reason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('amend.reasonExample')} data-testid="amend-reason" />
      </label>
      <label className="edit-form__field">
        {t('amend.date')}
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="amend-date" />
      </label>
      {problem && (
        <p className="form-problem" role="alert" data-testid="amend-problem">
          {t(problem === 'reason' ? 'amend.needReason' : 'amend.badDate')}
        </p>
      )}
      <div className="edit-form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="amend-next">
          {t('amend.next')}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="amend-cancel">
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
