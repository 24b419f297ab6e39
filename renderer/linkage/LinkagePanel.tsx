import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { today } from '../calendar/today';
import { useI18n } from '../i18n/I18nProvider';
import { BalanceTable } from './BalanceTable';
import { ConsentSummary } from './ConsentSummary';
import { Dashboard } from './Dashboard';
import { FindingsList } from './FindingsList';
import type { DashboardRow, ProjectView } from './linkage-api';
import { NewProjectForm } from './NewProjectForm';
import { ParcelForm } from './ParcelForm';
import { ProjectBook, type BookTab } from './ProjectBook';
import { ProposalPrint } from './ProposalPrint';
import type { LinkageMap, LinkageMapTool } from './use-linkage-map';
// The contract panel's tables, findings and links are the house style; linkage.css only adds its own parts.
import '../contracts/contracts.css';
import './linkage.css';

const TOOLS: readonly LinkageMapTool[] = ['construction', 'demolition', 'homesteads', 'area'];

interface LinkagePanelProps {
  linkage: LinkageMap;
  onClose: () => void;
}

/** 增减挂钩: the project list, the open project's balance and checks, the drawing tools, and the books. */
export function LinkagePanel({ linkage, onClose }: LinkagePanelProps) {
  const { t } = useI18n();
  const { projectId, version, tool, open, setTool, changed } = linkage;
  const [asOf] = useState(today);
  const [rows, setRows] = useState<DashboardRow[] | null>(null);
  const [view, setView] = useState<ProjectView | null>(null);
  const [dialog, setDialog] = useState<'dashboard' | 'new' | null>(null);
  const [book, setBook] = useState<BookTab | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const fail = useCallback((error: unknown) => setFailure({ error }), []);

  useEffect(() => {
    call('linkage.projects.list', { asOf }).then(setRows, fail);
  }, [asOf, version, fail]);

  useEffect(() => {
    if (projectId === null) return setView(null);
    let stale = false;
    call('linkage.projects.get', { id: projectId, asOf }).then(
      (v) => !stale && setView(v),
      (error: unknown) => !stale && fail(error),
    );
    return () => {
      stale = true;
    };
  }, [projectId, asOf, version, fail]);

  const shown = view && view.project.id === projectId ? view : null;

  return (
    <section className="panel-section linkage-panel" data-testid="linkage-panel" aria-labelledby="linkage-title">
      <header className="panel-section__header">
        <h2 id="linkage-title">{t('linkage.panel.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('parcel.close')} data-testid="linkage-close">
          ×
        </button>
      </header>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setDialog('dashboard')} data-testid="linkage-open-dashboard">
          {t('linkage.dashboard.open')}
        </button>
        <button type="button" className="button" onClick={() => setDialog('new')} data-testid="linkage-new-side">
          {t('linkage.new.open')}
        </button>
      </div>
      {failure && <Failure error={failure.error} testId="linkage-error" />}

      {projectId === null && rows && (
        <ul className="linkage-list" data-testid="linkage-list">
          {rows.map((row) => (
            <li key={row.id}>
              <button type="button" className="link-button" onClick={() => open(row.id)} data-testid="linkage-list-open" data-code={row.code}>
                {row.code}
              </button>
              <span className="linkage-list__name">{row.name}</span>
              <span className="hint num">{t('linkage.list.balance', { value: row.balance.balance.mu.toFixed(2) })}</span>
            </li>
          ))}
          {rows.length === 0 && <li className="hint">{t('linkage.dashboard.empty')}</li>}
        </ul>
      )}

      {projectId !== null && !shown && <p className="hint">{t('linkage.loading')}</p>}
      {shown && (
        <div className="linkage-project" data-testid="linkage-project" data-project-id={shown.project.id}>
          <button type="button" className="link-button" onClick={() => open(null)} data-testid="linkage-back">
            {t('linkage.back')}
          </button>
          <h3 className="linkage-project__title">
            <span className="cform-code" data-testid="linkage-project-code">
              {shown.project.code}
            </span>{' '}
            {shown.project.name}
          </h3>
          <p className="hint linkage-project__meta">
            {t('linkage.project.meta', { status: t(`linkage.status.${shown.project.status}`), start: shown.project.startDate, deadline: shown.project.deadline })}
          </p>
          <BalanceTable balance={shown.balance} />
          <div className="button-row linkage-tools" role="group" aria-label={t('linkage.draw.tools')}>
            {TOOLS.map((name) => (
              <button key={name} type="button" className="button" aria-pressed={tool === name} onClick={() => setTool(tool === name ? null : name)} data-testid={`linkage-draw-${name}`}>
                {t(`linkage.draw.${name}`)}
              </button>
            ))}
          </div>
          {tool && (
            <ParcelForm
              key={`${tool}-${version}`}
              project={shown.project}
              tool={tool}
              drawn={linkage.drawn}
              homesteads={linkage.homesteads}
              onSaved={changed}
              onCancel={() => setTool(null)}
            />
          )}
          <FindingsList findings={shown.findings} />
          <h3>{t('linkage.consent.title')}</h3>
          <ConsentSummary consent={shown.consent} />
          <div className="button-row">
            <button type="button" className="button" onClick={() => setBook('overview')} data-testid="linkage-open-book">
              {t('linkage.book.open')}
            </button>
          </div>
          <ProposalPrint key={shown.project.id} projectId={shown.project.id} asOf={asOf} />
        </div>
      )}

      {dialog === 'dashboard' && rows && (
        <Dashboard
          rows={rows}
          asOf={asOf}
          onOpen={(id) => {
            setDialog(null);
            open(id);
          }}
          onNew={() => setDialog('new')}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'new' && (
        <NewProjectForm
          onCreated={(id) => {
            setDialog(null);
            open(id);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {book && shown && <ProjectBook view={shown} tab={book} onTab={setBook} onChanged={changed} onClose={() => setBook(null)} />}
    </section>
  );
}
