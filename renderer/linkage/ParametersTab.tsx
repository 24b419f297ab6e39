import { useCallback, useEffect, useMemo, useState } from 'react';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { ParameterEntryForm } from './parameter-entry-form';
import { parameterRows, policyRows, type ParameterRow, type ParametersView } from './parameter-rows';
import { ParameterValue } from './parameter-value';
import './books.css';
import { today } from '../calendar/today';


/**
 * The county's dated parameter table and rule policy: each parameter with the entry in force (value,
 * effective date, source) and its history; Shandong placeholders are marked; a form adds a dated entry.
 */
export function ParametersTab({ onChanged }: { onChanged(): void }) {
  const { t } = useI18n();
  const [asOf, setAsOf] = useState(today);
  const [view, setView] = useState<ParametersView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<ParameterRow | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return;
    let live = true;
    setError(null);
    call('linkage.parameters.get', { asOf }).then(
      (v) => live && setView(v),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [asOf, version]);

  const rows = useMemo(() => (view ? [...parameterRows(view, asOf), ...policyRows(view, asOf)] : []), [view, asOf]);
  const saved = useCallback(() => {
    setEditing(null);
    setVersion((v) => v + 1);
    onChanged();
  }, [onChanged]);

  if (error) return <Failure error={error} testId="parameters-load-error" />;
  if (!view) return <p className="hint">{t('linkageBooks.loading')}</p>;
  const placeholders = rows.filter((r) => r.inForce?.placeholder).length;

  return (
    <div className="books-tab" data-testid="linkage-parameters-tab">
      <section className="books-section">
        <div className="books-heading">
          <h3>{view.region}</h3>
          <label className="books-inline">
            {t('linkageBooks.params.asOf')} <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} data-testid="parameters-asof" />
          </label>
        </div>
        {placeholders > 0 && (
          <p className="books-placeholder-note" data-testid="parameters-placeholder-note">
            <span className="books-placeholder">{t('linkageBooks.params.placeholder')}</span> {t('linkageBooks.params.placeholderNote', { count: placeholders })}
          </p>
        )}
        {editing && <ParameterEntryForm row={editing} onSaved={saved} onCancel={() => setEditing(null)} />}
        <div className="books-scroll books-scroll--tall">
          <table className="books-table books-params" data-testid="parameters-table">
            <thead>
              <tr>
                <th>{t('linkageBooks.params.col.parameter')}</th>
                <th>{t('linkageBooks.params.col.value')}</th>
                <th>{t('linkageBooks.params.col.effectiveFrom')}</th>
                <th>{t('linkageBooks.params.col.source')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.flatMap((r) => {
                const history = open === r.key ? r.entries.filter((e) => e !== r.inForce) : [];
                return [
                  <tr key={r.key} data-key={r.key} data-placeholder={r.inForce?.placeholder || undefined} className={r.inForce?.placeholder ? 'books-params__placeholder' : undefined}>
                    <th scope="row">
                      {t(`linkageBooks.param.${r.key}` as MessageKey)}
                      <span className="books-code">{r.key}</span>
                    </th>
                    <td className="num">
                      {r.inForce ? <ParameterValue rowKey={r.key} value={r.inForce.value} /> : <span className="books-blocked">{t('linkageBooks.params.noneInForce')}</span>}
                      {r.inForce?.placeholder && <span className="books-placeholder">{t('linkageBooks.params.placeholder')}</span>}
                    </td>
                    <td>{r.inForce?.effectiveFrom || t('common.none')}</td>
                    <td className="books-source-cell">{r.inForce?.source || t('common.none')}</td>
                    <td className="books-actions">
                      {r.entries.length > 1 && (
                        <button type="button" className="link-button" onClick={() => setOpen(open === r.key ? null : r.key)}>
                          {t('linkageBooks.params.history', { count: r.entries.length })}
                        </button>
                      )}{' '}
                      <button type="button" className="link-button" onClick={() => setEditing(r)} data-testid={`param-add-${r.key}`}>
                        {t('linkageBooks.params.addEntry')}
                      </button>
                    </td>
                  </tr>,
                  ...history.map((e) => (
                    <tr key={`${r.key}@${e.effectiveFrom}`} className="books-params__history">
                      <td />
                      <td className="num">
                        <ParameterValue rowKey={r.key} value={e.value} />
                        {e.placeholder && <span className="books-placeholder">{t('linkageBooks.params.placeholder')}</span>}
                      </td>
                      <td>{e.effectiveFrom}</td>
                      <td className="books-source-cell">{e.source}</td>
                      <td />
                    </tr>
                  )),
                ];
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
