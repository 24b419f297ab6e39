import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MethodOutput } from '../../src/api/contract';
import { formatM2 } from '../../src/domain/units';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import { HouseholdAddForm } from './household-add-form';
import { HouseholdConsentCell } from './household-consent-cell';
import { householdConsent, STRUCTURES, totalFloorM2, type LinkageHousehold } from './household-form';
import { formatShare } from './ledger-figures';
import './books.css';
import { today } from '../calendar/today';

type Parameters = MethodOutput<'linkage.parameters.get'>;


/** The households of the demolished villages (members, homestead, floor area by structure) and their consent against the threshold. */
export function HouseholdsTab({ projectId, onChanged }: { projectId: number; onChanged(): void }) {
  const { t } = useI18n();
  const [households, setHouseholds] = useState<LinkageHousehold[] | null>(null);
  const [params, setParams] = useState<Parameters | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState('');
  const [adding, setAdding] = useState(false);
  const [version, setVersion] = useState(0);
  const asOf = today();

  useEffect(() => {
    let live = true;
    setError(null);
    Promise.all([call('linkage.households.list', { projectId }), call('linkage.parameters.get', { asOf })]).then(
      ([h, p]) => {
        if (!live) return;
        setHouseholds(h);
        setParams(p);
      },
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [projectId, asOf, version]);

  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    onChanged();
  }, [onChanged]);

  const summary = useMemo(() => {
    if (!households || !params) return null;
    try {
      return householdConsent(households, { region: params.region, parameters: params.parameters }, asOf);
    } catch {
      return null; // no threshold in force: the summary below says so instead of a rate against nothing
    }
  }, [households, params, asOf]);

  if (error) return <Failure error={error} testId="households-load-error" />;
  if (!households || !params) return <p className="hint">{t('linkageBooks.loading')}</p>;
  const needle = filter.trim();
  const shown = needle ? households.filter((h) => [h.code, h.headName, h.villageName].some((s) => s.includes(needle))) : households;
  const villages = [...new Set(households.map((h) => h.villageName))];

  return (
    <div className="books-tab" data-testid="linkage-households-tab">
      <section className="books-section" data-testid="consent-summary">
        <h3>{t('linkageBooks.consent.title')}</h3>
        {summary ? (
          <p className={summary.met ? 'books-ok' : 'books-blocked'} data-met={summary.met}>
            {t('linkageBooks.consent.line', {
              households: summary.households,
              agreed: summary.agreed,
              refused: summary.refused,
              pending: summary.pending,
            })}{' '}
            <strong data-testid="consent-rate">{formatShare(summary.rate)}</strong>{' '}
            {t(summary.met ? 'linkageBooks.consent.met' : 'linkageBooks.consent.notMet', { threshold: formatShare(summary.threshold.value) })}
            <span className="books-source">{summary.threshold.source}</span>
          </p>
        ) : (
          <p className="hint">{t(households.length === 0 ? 'linkageBooks.households.none' : 'linkageBooks.consent.noThreshold')}</p>
        )}
      </section>

      <section className="books-section">
        <div className="button-row">
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('linkageBooks.households.filter')} aria-label={t('linkageBooks.households.filter')} data-testid="households-filter" />
          <span className="books-count">{t('linkageBooks.households.count', { shown: shown.length, total: households.length })}</span>
          <button type="button" className="button" onClick={() => setAdding((a) => !a)} aria-pressed={adding} data-testid="households-add-toggle">
            {t('linkageBooks.households.add')}
          </button>
        </div>
        {adding && (
          <HouseholdAddForm
            projectId={projectId}
            villages={villages}
            onAdded={() => {
              setAdding(false);
              changed();
            }}
            onCancel={() => setAdding(false)}
          />
        )}
        <div className="books-scroll books-scroll--tall">
          <table className="books-table" data-testid="households-table">
            <thead>
              <tr>
                <th>{t('linkageBooks.households.col.code')}</th>
                <th>{t('linkageBooks.households.col.head')}</th>
                <th>{t('linkageBooks.households.col.village')}</th>
                <th>{t('linkageBooks.households.col.members')}</th>
                <th>{t('linkageBooks.households.col.homestead')}</th>
                {STRUCTURES.map((s) => (
                  <th key={s}>{t(`linkageBooks.structure.${s}`)}</th>
                ))}
                <th>{t('linkageBooks.households.col.floorTotal')}</th>
                <th>{t('linkageBooks.households.col.consent')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((h) => (
                <tr key={h.id} data-household={h.code} data-consent={h.consent.status}>
                  <td>{h.code}</td>
                  <td>{h.headName}</td>
                  <td>{h.villageName}</td>
                  <td className="num" title={h.members.map((m) => `${m.name} (${m.relation}, ${m.birthDate})`).join('\n')}>
                    {h.members.length}
                  </td>
                  <td className="num">{formatM2(h.homesteadM2)}</td>
                  {STRUCTURES.map((s) => (
                    <td key={s} className="num">
                      {formatM2(h.floorAreaM2[s])}
                    </td>
                  ))}
                  <td className="num">{formatM2(totalFloorM2(h))}</td>
                  <td>
                    <HouseholdConsentCell household={h} onSaved={changed} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="books-note">{t('linkageBooks.households.unitNote')}</p>
      </section>
    </div>
  );
}
