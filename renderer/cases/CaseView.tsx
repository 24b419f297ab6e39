import { call } from '../api/client';
import { useCallback, useEffect, useState } from 'react';
import { refuseBlockedStep } from '../../src/domain/case/gate-check';
import type { StepPatch } from '../../src/domain/case/case-step';
import { formatMu } from '../../src/domain/units';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import { type CaseViewData } from './case-api';
import { CaseDates } from './CaseDates';
import { CasePrint } from './CasePrint';
import { RecordsPanel } from './RecordsPanel';
import { StepCard } from './StepCard';

type Tab = 'lanes' | 'records' | 'dates' | 'print';
const TABS: readonly Tab[] = ['lanes', 'records', 'dates', 'print'];

interface CaseViewProps {
  contractId: number;
  onBack: () => void;
  /** A write changed the case: the board behind it reads its rows again. */
  onChanged: () => void;
}

/** One case: its gates on top, then the six lanes of steps, the records, the dates and the documents. */
export function CaseView({ contractId, onBack, onChanged }: CaseViewProps) {
  const { t } = useI18n();
  const [view, setView] = useState<CaseViewData | null>(null);
  const [tab, setTab] = useState<Tab>('lanes');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  useEffect(() => {
    call('cases.get', { contractId }).then(setView, (error: unknown) => setFailure({ error }));
  }, [contractId]);

  /** Runs one write; the case as the core now has it replaces the screen. Failures go back to the form. */
  const apply = useCallback(
    async (work: () => Promise<CaseViewData>) => {
      setBusy(true);
      try {
        setView(await work());
        onChanged();
      } finally {
        setBusy(false);
      }
    },
    [onChanged],
  );
  const reread = () => apply(() => call('cases.get', { contractId }));
  const patchStep = (key: CaseViewData['lanes'][number]['steps'][number]['key']) => (patch: StepPatch) =>
    apply(() => call('cases.steps.update', { contractId, key, patch }));

  if (!view) return failure ? <Failure error={failure.error} testId="case-error" /> : <p className="hint">{t('cases.loading')}</p>;
  const c = view.contract;
  const errors = view.gates.filter((g) => g.severity === 'error');

  return (
    <section className="case-view" data-testid="case-view" data-contract={c.id}>
      <header className="case-view__head">
        <button type="button" className="link-button" onClick={onBack} data-testid="case-back">
          {t('cases.back')}
        </button>
        <h3 className="case-view__title">
          <span className="cform-code" data-testid="case-number">
            {c.number ?? t('cases.noNumber')}
          </span>{' '}
          {c.transfereeName}
        </h3>
        <span className="hint">{t('cases.where', { town: c.town, village: c.village, mu: formatMu(c.areaM2) })}</span>
        <span className={`case-stage case-stage--${view.stage}`} data-testid="case-stage" data-stage={view.stage}>
          {t(`cases.stage.${view.stage}`)}
        </span>
        <span className="case-view__status" data-testid="case-contract-status" data-status={c.status}>
          {t(`contract.status.${c.status}`)}
        </span>
        {view.blocked && (
          <span className="case-blocked" data-testid="case-blocked">
            {t('cases.blocked')}
          </span>
        )}
      </header>
      {view.gates.length > 0 && (
        <ul className="case-gates" data-testid="case-gates">
          {view.gates.map((g, i) => (
            <li key={i} className={`case-gate case-gate--${g.severity}`} data-testid="case-gate" data-rule={g.ruleId} data-severity={g.severity}>
              <span className={`severity-dot severity-dot--${g.severity}`} />
              <span>
                <strong>{g.ruleId}</strong> {g.message}
                <span className="cform-findings__basis">{t('cases.basis', { basis: g.basis })}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <nav className="contracts-tabs" role="tablist">
        {TABS.map((key) => (
          <button key={key} type="button" role="tab" className="contracts-tab" aria-selected={tab === key} onClick={() => setTab(key)} data-testid={`case-tab-${key}`}>
            {t(`cases.tab.${key}`)}
          </button>
        ))}
      </nav>
      <div className="case-view__body">
        {tab === 'lanes' && (
          <div className="case-lanes" data-testid="case-lanes">
            {view.lanes.map((lane) => (
              <section key={lane.lane} className="case-lane" data-testid={`lane-${lane.lane}`} data-status={lane.status}>
                <h4 className="case-lane__head">
                  {t(`cases.lane.${lane.lane}`)}
                  <span className={`case-chip case-chip--${lane.status}`}>{t(`cases.status.${lane.status}`)}</span>
                </h4>
                {lane.steps.map((step) => (
                  <StepCard
                    key={step.key}
                    step={step}
                    contract={c}
                    gates={errors.filter((g) => g.blocks.includes(step.key))}
                    refusal={refuseBlockedStep(view, step.key, 'done')}
                    busy={busy}
                    onPatch={patchStep(step.key)}
                    onCorrected={reread}
                  />
                ))}
              </section>
            ))}
          </div>
        )}
        {tab === 'records' && <RecordsPanel view={view} busy={busy} apply={apply} />}
        {tab === 'dates' && <CaseDates deadlines={view.deadlines} timeline={view.timeline} />}
        {tab === 'print' && <CasePrint view={view} />}
      </div>
    </section>
  );
}
