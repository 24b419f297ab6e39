import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../import/Dialog';
import { ConsentSummary } from './ConsentSummary';
import { HouseholdsTab } from './HouseholdsTab';
import { LandClassTable } from './LandClassTable';
import { LedgerTab } from './LedgerTab';
import type { ProjectView } from './linkage-api';
import { ParametersTab } from './ParametersTab';
import { ParcelLists } from './ParcelLists';
import { ScenariosTab } from './ScenariosTab';

export const BOOK_TABS = ['overview', 'ledger', 'households', 'scenarios', 'parameters'] as const;
export type BookTab = (typeof BOOK_TABS)[number];

interface ProjectBookProps {
  view: ProjectView;
  tab: BookTab;
  onTab: (tab: BookTab) => void;
  onChanged: () => void;
  onClose: () => void;
}

/** One project's books: land classes and parcels, the quota ledger (台账), households (农户), scenarios (方案) and parameters (参数). */
export function ProjectBook({ view, tab, onTab, onChanged, onClose }: ProjectBookProps) {
  const { t } = useI18n();
  const id = view.project.id;
  return (
    <Dialog title={t('linkage.book.title', { code: view.project.code, name: view.project.name })} testId="linkage-book" onClose={onClose}>
      <div className="contracts-book">
        <div className="contracts-tabs" role="tablist">
          {BOOK_TABS.map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} className="contracts-tab" onClick={() => onTab(name)} data-testid={`linkage-tab-${name}`}>
              {t(`linkage.book.${name}`)}
            </button>
          ))}
        </div>
        {tab === 'overview' && (
          <div className="linkage-overview">
            <h3>{t('linkage.landClass.title')}</h3>
            <LandClassTable table={view.landClassTable} />
            <h3>{t('linkage.consent.title')}</h3>
            <ConsentSummary consent={view.consent} />
            <ParcelLists parcels={view.parcels} villages={view.project.villages} onChanged={onChanged} />
          </div>
        )}
        {tab === 'ledger' && <LedgerTab projectId={id} asOf={view.asOf} onChanged={onChanged} />}
        {tab === 'households' && <HouseholdsTab projectId={id} onChanged={onChanged} />}
        {tab === 'scenarios' && <ScenariosTab projectId={id} onChanged={onChanged} />}
        {tab === 'parameters' && <ParametersTab onChanged={onChanged} />}
      </div>
    </Dialog>
  );
}
