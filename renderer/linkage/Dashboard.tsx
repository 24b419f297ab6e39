import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../import/Dialog';
import { AreaCell } from './AreaCell';
import { DASHBOARD_COLUMNS, nextSort, sortDashboard, type DashboardSort } from './dashboard-sort';
import type { DashboardRow } from './linkage-api';

interface DashboardProps {
  rows: readonly DashboardRow[];
  asOf: string;
  onOpen: (id: number) => void;
  onNew: () => void;
  onClose: () => void;
}

/** The county dashboard (县级总览): every project with its balance, deadline, surplus and revolving-quota alert. */
export function Dashboard({ rows, asOf, onOpen, onNew, onClose }: DashboardProps) {
  const { t } = useI18n();
  const [sort, setSort] = useState<DashboardSort>({ column: 'code', descending: false });
  const sorted = sortDashboard(rows, sort);
  return (
    <Dialog title={t('linkage.dashboard.title')} testId="linkage-dashboard" onClose={onClose}>
      <div className="button-row">
        <span className="hint linkage-inline-hint">{t('linkage.dashboard.asOf', { date: asOf })}</span>
        <button type="button" className="button button--primary" onClick={onNew} data-testid="linkage-new">
          {t('linkage.new.open')}
        </button>
      </div>
      <div className="cform-scroll">
        <table className="cform-table contracts-table linkage-dashboard" data-testid="linkage-dashboard-table">
          <thead>
            <tr>
              {DASHBOARD_COLUMNS.map((c) => (
                <th key={c} aria-sort={sort.column === c ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="linkage-sort" onClick={() => setSort((s) => nextSort(s, c))} data-testid={`sort-${c}`}>
                    {t(`linkage.dashboard.${c}`)}
                    {sort.column === c && (sort.descending ? ' ▾' : ' ▴')}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.id} data-testid="linkage-row" data-code={row.code} data-alert={row.alertLevel}>
                <td>
                  <button type="button" className="link-button" onClick={() => onOpen(row.id)} data-testid="linkage-row-open">
                    {row.code}
                  </button>
                </td>
                <td>{row.name}</td>
                <td>{t(`linkage.status.${row.status}`)}</td>
                <td>{row.deadline}</td>
                <td className={row.monthsToDeadline < 0 ? 'num linkage-overdue' : 'num'} data-testid="row-months">
                  {t('linkage.dashboard.months', { count: row.monthsToDeadline })}
                </td>
                <AreaCell figures={row.balance.demolition} hectares={false} testId="row-demolition" />
                <AreaCell figures={row.balance.construction} hectares={false} testId="row-construction" />
                <AreaCell figures={row.balance.balance} hectares={false} testId="row-balance" />
                <AreaCell figures={row.surplusConfirmed} hectares={false} testId="row-surplus-confirmed" />
                <AreaCell figures={row.surplusAvailable} hectares={false} testId="row-surplus-available" />
                <AreaCell figures={row.outstandingRevolving} hectares={false} testId="row-outstanding" />
                <td>
                  <span className={`linkage-alert linkage-alert--${row.alertLevel}`}>{t(`linkage.alert.${row.alertLevel}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="hint">{t('linkage.dashboard.empty')}</p>}
    </Dialog>
  );
}
