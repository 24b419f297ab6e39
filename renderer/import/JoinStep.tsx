import { useState, type ReactNode } from 'react';
import type { Inspection, JoinReport } from '../../src/api/methods/import';
import { call } from '../api/client';
import { errorMessage } from '../i18n/error-message';
import { useI18n } from '../i18n/I18nProvider';
import { initialJoin, JOIN_FIELDS, JOIN_KEYS, withJoinField, type JoinKeyBy, type JoinSetup } from './join-fields';
import type { ReadOptions } from './source-options';

interface JoinStepProps {
  stagingId: string;
  options: ReadOptions;
  inspection: Inspection;
}

const UNMATCHED_SHOWN = 200;

/** A household list (.xlsx/.csv) joined onto the project's parcels: choose columns, preview, apply. */
export function JoinStep({ stagingId, options, inspection }: JoinStepProps) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const [setup, setSetup] = useState<JoinSetup>(() => initialJoin(inspection));
  const [report, setReport] = useState<JoinReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  const change = (next: JoinSetup) => {
    setSetup(next);
    setReport(null); // a preview of other settings would mislead
  };
  const run = (apply: boolean) => {
    setBusy(true);
    setFailure(null);
    call('import.joinTable', { source: { kind: 'staged', stagingId }, options, key: { by: setup.by, field: setup.keyField }, fields: setup.fields, apply })
      .then(setReport, (error: unknown) => setFailure({ error }))
      .finally(() => setBusy(false));
  };
  const columns = inspection.fields.map((f) => (
    <option key={f.name} value={f.name}>
      {f.name}
    </option>
  ));

  return (
    <div data-testid="import-join">
      <h3>{t('import.join.title')}</h3>
      <div className="form-grid">
        <label htmlFor="join-by">{t('import.join.keyBy')}</label>
        <span className="check-row">
          <select id="join-by" data-testid="join-key-by" disabled={busy} value={setup.by} onChange={(e) => change({ ...setup, by: e.target.value as JoinKeyBy })}>
            {JOIN_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`import.join.key.${k}`)}
              </option>
            ))}
          </select>
          <select data-testid="join-key-field" aria-label={t('import.join.keyField')} disabled={busy} value={setup.keyField} onChange={(e) => change({ ...setup, keyField: e.target.value })}>
            {columns}
          </select>
        </span>
        {JOIN_FIELDS.map((field) => (
          <FieldRow key={field} label={t(`import.join.field.${field}`)} testId={`join-field-${field}`} disabled={busy} value={setup.fields[field] ?? ''} onChange={(col) => change({ ...setup, fields: withJoinField(setup.fields, field, col || null) })}>
            <option value="">{t('import.mapping.none')}</option>
            {columns}
          </FieldRow>
        ))}
      </div>
      <div className="button-row">
        <button type="button" className="button" disabled={busy || !setup.keyField} onClick={() => run(false)} data-testid="join-preview">
          {t('import.join.preview')}
        </button>
        <button type="button" className="button button--primary" disabled={busy || !report || report.committed || report.matched === 0} onClick={() => run(true)} data-testid="join-apply">
          {t('import.join.apply')}
        </button>
      </div>
      {failure && (
        <p className="notice-box notice-box--error" role="alert">
          {errorMessage(t, failure.error)}
        </p>
      )}
      {report && (
        <div data-testid="join-report" data-committed={report.committed}>
          <p className="notice-box">
            {t(report.committed ? 'import.join.applied' : 'import.join.previewed', {
              rows: number.format(report.rows),
              matched: number.format(report.matched),
              parcels: number.format(report.parcelsLinked),
              created: number.format(report.householdsCreated),
              updated: number.format(report.householdsUpdated),
            })}
          </p>
          {report.unmatched.length > 0 && (
            <>
              <h3>{t('import.join.unmatched', { count: number.format(report.unmatched.length) })}</h3>
              <table className="data-table" data-testid="join-unmatched">
                <thead>
                  <tr>
                    <th>{t('import.problem.record')}</th>
                    <th>{t('import.join.keyValue')}</th>
                    <th>{t('import.problem.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.unmatched.slice(0, UNMATCHED_SHOWN).map((u) => (
                    <tr key={u.record}>
                      <td className="num">{u.record}</td>
                      <td className="mono">{u.key}</td>
                      <td>{u.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {report.unmatched.length > UNMATCHED_SHOWN && <p className="hint">{t('import.problem.more', { shown: UNMATCHED_SHOWN, count: report.unmatched.length })}</p>}
            </>
          )}
        </div>
      )}
    </div>
  );
}

interface FieldRowProps {
  label: string;
  testId: string;
  disabled: boolean;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

function FieldRow({ label, testId, disabled, value, onChange, children }: FieldRowProps) {
  return (
    <>
      <label htmlFor={testId}>{label}</label>
      <select id={testId} data-testid={testId} disabled={disabled} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </>
  );
}
