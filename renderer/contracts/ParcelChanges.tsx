import type { ContractView } from '../../src/domain/contract/contract-view';
import type { Finding } from '../../src/domain/contract/rule';
import { useI18n } from '../i18n/I18nProvider';

interface ParcelChangesProps {
  view: ContractView;
  findings: readonly Finding[] | null;
  busy: boolean;
  /** The planner confirms the successors LT-22 names (contracts.followLineage). */
  onFollow: () => void;
}

/**
 * What happened to the contract's parcels since: the recorded amendments of a contract in force (its table
 * stays as signed), or for a draft whose parcels were split or merged, the button that takes their successors.
 */
export function ParcelChanges({ view, findings, busy, onFollow }: ParcelChangesProps) {
  const { t } = useI18n();
  const retired = view.status === 'draft' && (findings ?? view.findings).some((f) => f.ruleId === 'LT-22' && f.severity === 'error');
  if (view.amendments.length === 0 && !retired) return null;
  return (
    <section className="panel-section" data-testid="contract-parcel-changes">
      {view.amendments.length > 0 && (
        <>
          <header className="panel-section__header">
            <h2>{t('contract.amendments.title')}</h2>
          </header>
          <p className="hint">{t('contract.amendments.signedNote')}</p>
          <ol className="amendment-list" data-testid="contract-amendments">
            {view.amendments.map((a) => (
              <li key={a.id}>{t('contract.amendments.item', { no: a.no, date: a.amendedOn, text: a.text, reason: a.reason })}</li>
            ))}
          </ol>
        </>
      )}
      {retired && (
        <>
          <p className="hint">{t('contract.followLineageHint')}</p>
          <button type="button" className="button button--primary" disabled={busy} onClick={onFollow} data-testid="contract-follow-lineage">
            {t('contract.followLineage')}
          </button>
        </>
      )}
    </section>
  );
}
