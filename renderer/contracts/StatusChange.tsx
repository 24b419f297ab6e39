import { useState } from 'react';
import type { ContractView } from '../../src/domain/contract/contract-view';
import { call } from '../api/client';
import { today } from '../calendar/today';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from './ConfirmDialog';
import { nextStatuses, type SettableStatus } from './contract-status';

interface StatusChangeProps {
  view: ContractView;
  busy: boolean;
  /** After the change is made: the form reads the contract again. */
  onDone: () => void;
}

/** Filing, taking effect or termination (with its reason), on a date the planner confirms before the call. */
export function StatusChange({ view, busy, onDone }: StatusChangeProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<SettableStatus | ''>('');
  const [date, setDate] = useState(today);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const options = nextStatuses(view.status);
  if (options.length === 0) return null;

  const apply = async () => {
    if (!status) return;
    await call('contracts.setStatus', { id: view.id, status, date, ...(reason.trim() ? { reason: reason.trim() } : {}) });
    setStatus('');
    setReason('');
    onDone();
  };

  return (
    <div className="button-row">
      <select value={status} onChange={(e) => setStatus(e.target.value as SettableStatus | '')} data-testid="status-select" aria-label={t('contract.status.change')}>
        <option value="">{t('contract.status.change')}</option>
        {options.map((s) => (
          <option key={s} value={s}>
            {t(`contract.status.${s}`)}
          </option>
        ))}
      </select>
      {status && <input type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-label={t('correction.status.date')} data-testid="status-date" />}
      {status === 'terminated' && <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('contract.status.reason')} data-testid="status-reason" />}
      <button type="button" className="button" disabled={busy || !status || !date || (status === 'terminated' && !reason.trim())} onClick={() => setConfirming(true)} data-testid="status-apply">
        {t('contract.status.apply')}
      </button>
      {confirming && status && (
        <ConfirmDialog title={t(`correction.status.title.${status}`)} confirmLabel={t('correction.status.confirm')} onConfirm={apply} onClose={() => setConfirming(false)}>
          <p>{t(`correction.status.body.${status}`, { number: view.number ?? '', date, reason: reason.trim() })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
