import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../src/api/contract';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { LedgerEventEditor } from './ledger-event-editor';
import { LedgerExport } from './ledger-export';
import { formatHa, formatMu, formatYuan } from './ledger-figures';
import './books.css';

type Statement = MethodOutput<'linkage.quota.statement'>;
type Balance = Statement['balance'];

const AREA_FIGURES: readonly (keyof Balance)[] = [
  'issuedM2',
  'usedM2',
  'acceptedReclaimedM2',
  'acceptedCultivatedM2',
  'returnedM2',
  'outstandingRevolvingM2',
  'surplusConfirmedM2',
  'tradedM2',
  'usedLocallyM2',
  'surplusAvailableM2',
];
const MONEY_FIGURES: readonly (keyof Balance)[] = ['revenueYuan', 'paidYuan', 'unpaidYuan'];
/** Running balances printed on every statement line: the figures the invariants are about. */
const RUNNING: readonly (keyof Balance)[] = ['issuedM2', 'usedM2', 'acceptedCultivatedM2', 'returnedM2', 'outstandingRevolvingM2', 'surplusAvailableM2'];

/** The project's quota ledger (挂钩指标台账): balance, return alerts, the statement with running balances, new events, Excel. */
export function LedgerTab({ projectId, asOf, onChanged }: { projectId: number; asOf: string; onChanged(): void }) {
  const { t } = useI18n();
  const [statement, setStatement] = useState<Statement | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    setError(null);
    call('linkage.quota.statement', { projectId, asOf }).then(
      (s) => live && setStatement(s),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [projectId, asOf, version]);

  const recorded = useCallback(() => {
    setVersion((v) => v + 1);
    onChanged();
  }, [onChanged]);

  if (error) return <Failure error={error} testId="ledger-load-error" />;
  if (!statement) return <p className="hint">{t('linkageBooks.loading')}</p>;
  const { balance, alerts, rows } = statement;
  return (
    <div className="books-tab" data-testid="linkage-ledger-tab">
      <section className="books-section">
        <h3>{t('linkageBooks.ledger.balance', { asOf })}</h3>
        <dl className="books-figures" data-testid="ledger-balance">
          {AREA_FIGURES.map((k) => (
            <div key={k} data-figure={k}>
              <dt>{t(`linkageBooks.balance.${k}` as MessageKey)}</dt>
              <dd>
                {t('unit.muValue', { value: formatMu(balance[k]) })} <span className="books-secondary">{t('linkageBooks.unit.haValue', { value: formatHa(balance[k]) })}</span>
              </dd>
            </div>
          ))}
          {MONEY_FIGURES.map((k) => (
            <div key={k} data-figure={k}>
              <dt>{t(`linkageBooks.balance.${k}` as MessageKey)}</dt>
              <dd>{t('linkageBooks.unit.yuanValue', { value: formatYuan(balance[k]) })}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="books-section" data-testid="ledger-alerts">
        <h3>{t('linkageBooks.ledger.alerts')}</h3>
        {alerts.length === 0 ? (
          <p className="books-ok">{t('linkageBooks.ledger.noAlerts')}</p>
        ) : (
          <ul className="books-alerts">
            {alerts.map((a) => (
              <li key={a.issueEventId} className={`books-alert books-alert--${a.level}`} data-level={a.level}>
                <strong>{t(`linkageBooks.alertLevel.${a.level}` as MessageKey)}</strong>{' '}
                {t('linkageBooks.ledger.alert', {
                  docNo: a.docNo,
                  date: a.issueDate,
                  outstanding: formatMu(a.outstandingM2),
                  months: a.monthsElapsed,
                  warnDate: a.warnDate,
                  deadline: a.deadline,
                })}
                <span className="books-source">{a.source}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="books-section">
        <h3>{t('linkageBooks.ledger.statement')}</h3>
        {rows.length === 0 ? (
          <p className="hint">{t('linkageBooks.ledger.empty')}</p>
        ) : (
          <div className="books-scroll">
            <table className="books-table" data-testid="ledger-statement">
              <thead>
                <tr>
                  <th>{t('linkageBooks.ledger.col.date')}</th>
                  <th>{t('linkageBooks.ledger.col.id')}</th>
                  <th>{t('linkageBooks.ledger.col.kind')}</th>
                  <th>{t('linkageBooks.ledger.col.summary')}</th>
                  <th>{t('linkageBooks.ledger.col.areaMu')}</th>
                  <th>{t('linkageBooks.ledger.col.amount')}</th>
                  {RUNNING.map((k) => (
                    <th key={k}>{t(`linkageBooks.balance.${k}` as MessageKey)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.event.id} data-event-id={r.event.id} data-kind={r.event.kind}>
                    <td>{r.event.date}</td>
                    <td>{r.event.id}</td>
                    <td>{t(`linkageBooks.kind.${r.event.kind}` as MessageKey)}</td>
                    <td className="books-summary">{r.summary}</td>
                    <td className="num">{formatMu(r.areaM2)}</td>
                    <td className="num">{r.amountYuan === null ? t('common.none') : formatYuan(r.amountYuan)}</td>
                    {RUNNING.map((k) => (
                      <td key={k} className="num" data-balance={k}>
                        {formatMu(r.balance[k])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="books-note">{t('linkageBooks.ledger.unitNote')}</p>
          </div>
        )}
      </section>

      <LedgerEventEditor projectId={projectId} events={rows.map((r) => r.event)} today={asOf} onRecorded={recorded} />
      <LedgerExport projectId={projectId} />
    </div>
  );
}
