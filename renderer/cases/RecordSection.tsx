import { useState, type ReactNode } from 'react';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

interface RecordSectionProps<R extends { id: number | null }> {
  title: MessageKey;
  testId: string;
  records: readonly R[];
  /** One line naming a saved record in the list. */
  summary: (record: R) => ReactNode;
  blank: () => R;
  /** The fields of the form, editing `record` through `set`. */
  form: (record: R, set: (next: R) => void) => ReactNode;
  busy: boolean;
  save: (record: R) => Promise<unknown>;
  remove: (id: number) => Promise<unknown>;
}

/** A list of one kind of record with edit and remove, and the form for a new or changed one. */
export function RecordSection<R extends { id: number | null }>({ title, testId, records, summary, blank, form, busy, save, remove }: RecordSectionProps<R>) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<R | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const run = (work: Promise<unknown>, after: () => void) => {
    setFailure(null);
    work.then(after, (error: unknown) => setFailure({ error }));
  };
  return (
    <fieldset className="cform-section case-records" data-testid={testId}>
      <legend>{t(title)}</legend>
      {records.length === 0 && <p className="hint">{t('cases.records.none')}</p>}
      <ul className="case-records__list">
        {records.map((r) => (
          <li key={r.id} data-testid={`${testId}-row`}>
            <span>{summary(r)}</span>
            <span className="button-row">
              <button type="button" className="link-button" onClick={() => setEditing(r)}>
                {t('cases.records.edit')}
              </button>
              <button type="button" className="link-button" disabled={busy} onClick={() => run(remove(r.id!), () => setEditing(null))}>
                {t('contract.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {editing ? (
        <div className="case-records__form" data-testid={`${testId}-form`}>
          {form(editing, setEditing)}
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => run(save(editing), () => setEditing(null))} data-testid={`${testId}-save`}>
              {t('cases.records.save')}
            </button>
            <button type="button" className="button" onClick={() => setEditing(null)}>
              {t('contract.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setEditing(blank())} data-testid={`${testId}-add`}>
          {t('cases.records.add')}
        </button>
      )}
      {failure && <Failure error={failure.error} testId={`${testId}-error`} />}
    </fieldset>
  );
}
