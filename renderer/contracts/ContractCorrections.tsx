import { useState } from 'react';
import { CONTRACT_EVENTS, statusBefore, type ContractEvent, type EventDates } from '../../src/domain/contract/contract-correction';
import type { ContractView } from '../../src/domain/contract/contract-view';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from './ConfirmDialog';
import { lastEvent, standingEvents, type HistoryEntry } from './contract-history';
import { takeBack } from './correction-call';

interface ContractCorrectionsProps {
  view: ContractView;
  history: readonly HistoryEntry[];
  busy: boolean;
  onDone: () => void;
}

type Open = { kind: 'undo'; event: ContractEvent } | { kind: 'date' };

/**
 * The recorded corrections a contract allows now: its last event taken back (撤销编号 while only
 * numbered, else 撤回备案/生效/终止) and a wrong date corrected, each with a reason and a date.
 */
export function ContractCorrections({ view, history, busy, onDone }: ContractCorrectionsProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open | null>(null);
  const standing = standingEvents(history);
  const dates: EventDates = { numbered: standing.numbered ?? null, filed: standing.filed ?? null, active: standing.active ?? null, terminated: standing.terminated ?? null };
  const dated = CONTRACT_EVENTS.filter((e) => standing[e] !== undefined);
  const [event, setEvent] = useState<ContractEvent>('numbered');
  const [date, setDate] = useState('');
  const last = lastEvent(history);
  if (last === null) return null;

  const number = view.number ?? '';
  const correctDate = ({ reason, on }: { reason: string; on: string }) => call('contracts.correctDate', { id: view.id, event, date, reason, on });
  const done = async (work: Promise<unknown>) => {
    await work;
    onDone();
  };

  return (
    <div className="button-row contract-corrections">
      <button type="button" className="button" disabled={busy} onClick={() => setOpen({ kind: 'undo', event: last })} data-testid="contract-take-back">
        {t(last === 'numbered' ? 'correction.revoke.button' : `correction.undo.button.${last}`)}
      </button>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => {
          setEvent(last);
          setDate(standing[last] ?? '');
          setOpen({ kind: 'date' });
        }}
        data-testid="contract-correct-date"
      >
        {t('correction.date.button')}
      </button>
      {open?.kind === 'undo' && (
        <ConfirmDialog
          title={t(open.event === 'numbered' ? 'correction.revoke.title' : 'correction.undo.title', { event: t(`correction.event.${open.event}`) })}
          confirmLabel={t('correction.record')}
          correction
          onConfirm={(input) => done(takeBack(view, open.event, input))}
          onClose={() => setOpen(null)}
        >
          <p>
            {open.event === 'numbered'
              ? t('correction.revoke.body', { number, date: standing.numbered ?? '' })
              : t('correction.undo.body', { number, date: standing[open.event] ?? '', event: t(`correction.event.${open.event}`), to: t(`contract.status.${statusBefore(open.event, dates) ?? 'draft'}`) })}
          </p>
        </ConfirmDialog>
      )}
      {open?.kind === 'date' && (
        <ConfirmDialog title={t('correction.date.title')} confirmLabel={t('correction.record')} correction onConfirm={(input) => done(correctDate(input))} onClose={() => setOpen(null)}>
          <div className="form-grid">
            <label htmlFor="correct-event">{t('correction.date.event')}</label>
            <select
              id="correct-event"
              value={event}
              onChange={(e) => {
                const next = e.target.value as ContractEvent;
                setEvent(next);
                setDate(standing[next] ?? '');
              }}
              data-testid="correct-date-event"
            >
              {dated.map((e) => (
                <option key={e} value={e}>
                  {t(`correction.event.${e}`)}
                </option>
              ))}
            </select>
            <label htmlFor="correct-date">{t('correction.date.value')}</label>
            <input id="correct-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="correct-date-value" />
          </div>
          <p>{t('correction.date.body', { number, event: t(`correction.event.${event}`), from: standing[event] ?? '', to: date })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

