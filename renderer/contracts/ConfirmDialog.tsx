import { useState, type ReactNode } from 'react';
import { today } from '../calendar/today';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../import/Dialog';
import { Failure } from './Failure';

/** What a correction adds to the confirmation: its reason and the day it takes effect. */
export interface CorrectionInput {
  reason: string;
  on: string;
}

interface ConfirmDialogProps {
  title: string;
  /** What will happen, in the planner's terms (contract, number, dates). */
  children: ReactNode;
  confirmLabel: string;
  /** A recorded correction: asks for its reason (required) and date, and says it is kept for good. */
  correction?: boolean;
  /** Runs the call; a refusal stays in the dialog with the core's reason, success closes it. */
  onConfirm: (input: CorrectionInput) => Promise<unknown>;
  onClose: () => void;
}

/**
 * The deliberate step before an action with legal effect (numbering, filing, taking effect, termination)
 * or a correction of one: it states what will happen and that only a recorded correction takes it back.
 */
export function ConfirmDialog({ title, children, confirmLabel, correction = false, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [on, setOn] = useState(today);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const ready = !busy && (!correction || (reason.trim() !== '' && on !== ''));

  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm({ reason: reason.trim(), on });
      onClose();
    } catch (error) {
      setFailure({ error });
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={title}
      testId="confirm"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} data-testid="confirm-cancel">
            {t('correction.cancel')}
          </button>
          <button type="button" className="button button--primary" disabled={!ready} onClick={confirm} data-testid="confirm-ok">
            {confirmLabel}
          </button>
        </>
      }
    >
      <div className="confirm-statement" data-testid="confirm-statement">
        {children}
      </div>
      <p className="notice-box notice-box--warn">{t(correction ? 'correction.kept' : 'correction.legalEffect')}</p>
      {correction && (
        <div className="form-grid">
          <label htmlFor="confirm-reason">{t('correction.reason')}</label>
          <input id="confirm-reason" type="text" value={reason} onChange={(e) => setReason(e.target.value)} data-testid="confirm-reason" />
          <label htmlFor="confirm-on">{t('correction.on')}</label>
          <input id="confirm-on" type="date" value={on} max={today()} onChange={(e) => setOn(e.target.value)} data-testid="confirm-on" />
        </div>
      )}
      {failure && <Failure error={failure.error} testId="confirm-error" />}
    </Dialog>
  );
}
