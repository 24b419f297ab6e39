import { useState } from 'react';
import type { QuotaEvent, QuotaEventKind } from '../../src/domain/linkage/quota-ledger';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { emptyEventForm, EVENT_KINDS, eventFromForm, fieldsOf, nextEventId, type EventField, type EventForm } from './ledger-event-form';
import { ledgerRefusal } from './ledger-refusal';

const SCOPES = ['county', 'province', 'crossProvince'] as const;
const PAYMENTS = ['unpaid', 'partial', 'paid'] as const;
const NUMBER_FIELDS: ReadonlySet<EventField> = new Set(['areaMu', 'cultivatedMu', 'gradeBefore', 'gradeAfter', 'priceYuanPerMu', 'paidYuan']);

/**
 * Records one ledger event of any kind. Areas are typed in 亩 and sent in m²; the core checks the ledger
 * invariants and a refusal is shown with the rule's name, the core's own reason (the figures and the
 * date) and the field to correct flagged.
 */
export function LedgerEventEditor({ projectId, events, today, onRecorded }: { projectId: number; events: readonly QuotaEvent[]; today: string; onRecorded(): void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<QuotaEventKind>('reclamationAccepted');
  const [form, setForm] = useState<EventForm>(() => ({ ...emptyEventForm(today), id: nextEventId(events, today) }));
  const [missing, setMissing] = useState<readonly EventField[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: EventField, value: string) =>
    setForm((f) => {
      const next = { ...f, [field]: value };
      // A suggested id follows the date's year until the planner types one of their own.
      if (field === 'date' && f.id === nextEventId(events, f.date) && /^\d{4}/.test(value)) next.id = nextEventId(events, value);
      return next;
    });

  const record = () => {
    setFailure(null);
    const draft = eventFromForm(kind, form);
    if (!draft.ok) return setMissing(draft.missing);
    setMissing([]);
    setBusy(true);
    call('linkage.quota.record', { projectId, event: draft.event })
      .then((r) => {
        setForm({ ...emptyEventForm(form.date), id: nextEventId(r.events, form.date) });
        onRecorded();
      }, setFailure)
      .finally(() => setBusy(false));
  };

  const refusal = failure === null ? null : ledgerRefusal(failure);
  const flagged = (f: EventField) => missing.includes(f) || refusal?.field === f;

  const input = (field: EventField) => {
    const common = {
      value: form[field],
      'data-testid': `ledger-form-${field}`,
      'aria-invalid': flagged(field) || undefined,
      onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    };
    if (field === 'scope' || field === 'paymentStatus') {
      const options = field === 'scope' ? SCOPES : PAYMENTS;
      return (
        <select {...common}>
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`linkageBooks.${field}.${o}` as MessageKey)}
            </option>
          ))}
        </select>
      );
    }
    if (field === 'date') return <input type="date" {...common} />;
    if (NUMBER_FIELDS.has(field)) return <input type="number" step="any" min={0} {...common} />;
    return <input type="text" {...common} />;
  };

  const fields: EventField[] = ['id', 'date', 'areaMu', ...fieldsOf(kind, form), 'note'];
  return (
    <section className="books-section" data-testid="ledger-form">
      <h3>{t('linkageBooks.ledger.record')}</h3>
      <label className="books-row books-row--kind">
        <span>{t('linkageBooks.field.kind')}</span>
        <select value={kind} onChange={(e) => setKind(e.target.value as QuotaEventKind)} data-testid="ledger-form-kind">
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`linkageBooks.kind.${k}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <div className="books-grid">
        {fields.map((f) => (
          <label key={f} className={flagged(f) ? 'books-row books-row--flagged' : 'books-row'}>
            <span>{t(`linkageBooks.field.${f}` as MessageKey)}</span>
            {input(f)}
          </label>
        ))}
      </div>
      {missing.length > 0 && (
        <p className="books-blocked" data-testid="ledger-form-missing">
          {t('linkageBooks.form.missing', { fields: missing.map((f) => t(`linkageBooks.field.${f}` as MessageKey)).join(t('linkageBooks.listSeparator')) })}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={busy} onClick={record} data-testid="ledger-form-record">
          {t('linkageBooks.ledger.recordButton')}
        </button>
      </div>
      {refusal && (
        <p className="books-blocked" data-testid="ledger-form-invariant" data-invariant={refusal.invariant}>
          {t('linkageBooks.ledger.refusedBy', { rule: t(`linkageBooks.invariant.${refusal.invariant}` as MessageKey) })}
        </p>
      )}
      {failure !== null && <Failure error={failure} testId="ledger-form-error" />}
    </section>
  );
}
