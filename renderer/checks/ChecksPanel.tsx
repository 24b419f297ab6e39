import { useState } from 'react';
import type { CheckReport, CheckRuleId, ReportedProblem } from '../../src/domain/check-report';
import type { LonLatBBox } from '../../src/domain/geometry';
import { formatM2, formatMu } from '../../src/domain/units';
import { call } from '../api/client';
import { errorMessage } from '../i18n/error-message';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { JobProgress } from '../jobs/JobProgress';
import type { JobSnapshot } from '../jobs/use-job';
import { groupByRule, problemMeasure, zoomTarget, type RuleGroup } from './check-groups';
import './checks.css';

interface ChecksPanelProps {
  onZoom: (bbox: LonLatBBox, at: [number, number]) => void;
  onClose: () => void;
}

/** The renderer catalogues hold each rule's description under the key the rule catalogue names. */
const DESCRIPTION_KEYS: Record<CheckRuleId, MessageKey> = {
  overlap: 'checks.rule.overlap',
  gap: 'checks.rule.gap',
  sliver: 'checks.rule.sliver',
  'self-intersection': 'checks.rule.selfIntersection',
  'area-mismatch': 'checks.rule.areaMismatch',
  'duplicate-code': 'checks.rule.duplicateCode',
  'code-format': 'checks.rule.codeFormat',
  'coordinate-range': 'checks.rule.coordinateRange',
  'area-limit': 'checks.rule.areaLimit',
};

/** Problems listed per group before "show more": a county can have thousands of slivers. */
const PAGE = 100;

/** 数据检查: runs the checks as a job and lists the problems by rule; a click zooms the map to one. */
export function ChecksPanel({ onZoom, onClose }: ChecksPanelProps) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const [job, setJob] = useState<{ id: string; running: boolean } | null>(null);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const running = job?.running === true;

  const run = () => {
    setFailure(null);
    setJob(null);
    call('checks.run', {}).then(({ jobId }) => setJob({ id: jobId, running: true }), (error: unknown) => setFailure({ error }));
  };
  const finished = (snapshot: JobSnapshot) => {
    setJob({ id: snapshot.id, running: false });
    if (snapshot.state === 'done') {
      setReport(snapshot.result as CheckReport); // validated by the core
      setJob(null); // the report replaces the finished bar
    }
  };

  return (
    <section className="panel-section checks-panel" data-testid="checks-panel" aria-labelledby="checks-title">
      <header className="panel-section__header">
        <h2 id="checks-title">{t('checks.title')}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('parcel.close')} data-testid="checks-close">
          ×
        </button>
      </header>
      <button type="button" className="button button--primary" disabled={running} onClick={run} data-testid="checks-run">
        {t(report ? 'checks.rerun' : 'checks.run')}
      </button>
      {failure && (
        <p className="job-progress__error" role="alert" data-testid="checks-error">
          {errorMessage(t, failure.error)}
        </p>
      )}
      {job && <JobProgress jobId={job.id} onFinished={finished} />}
      {report && (
        <div data-testid="checks-report">
          <p className="hint" data-testid="checks-summary">
            {t('checks.summary', { parcels: number.format(report.parcels), problems: number.format(report.problems.length) })}
          </p>
          <p className="hint checks-panel__tolerances" title={report.tolerances.source}>
            {report.tolerances.effectiveFrom
              ? t('checks.tolerancesFrom', { source: report.tolerances.source, from: report.tolerances.effectiveFrom })
              : t('checks.tolerances', { source: report.tolerances.source })}
          </p>
          {groupByRule(report).map((group) => (
            <RuleGroupView key={group.rule} group={group} description={t(DESCRIPTION_KEYS[group.rule])} onZoom={onZoom} />
          ))}
        </div>
      )}
    </section>
  );
}

interface RuleGroupViewProps {
  group: RuleGroup;
  description: string;
  onZoom: ChecksPanelProps['onZoom'];
}

function RuleGroupView({ group, description, onZoom }: RuleGroupViewProps) {
  const { t, locale } = useI18n();
  const [shown, setShown] = useState(PAGE);
  const severity = group.severity ?? 'ok';
  return (
    <details className={`check-group check-group--${severity}`} data-testid={`check-group-${group.rule}`} open={group.severity === 'error'}>
      <summary>
        <span className={`severity-dot severity-dot--${severity}`} aria-hidden="true" />
        <span className="check-group__name">{t(`checks.name.${group.rule}`)}</span>
        <span className="check-group__severity">{t(`checks.severity.${severity}`)}</span>
        <span className="check-group__count num" data-testid={`check-count-${group.rule}`}>
          {new Intl.NumberFormat(locale).format(group.count)}
        </span>
      </summary>
      <p className="check-group__description">{description}</p>
      <ol className="check-problems">
        {group.problems.slice(0, shown).map((p, i) => {
          const target = zoomTarget(p);
          return (
            <li key={i}>
              <button
                type="button"
                className="check-problem"
                disabled={!target}
                onClick={() => target && onZoom(target.bbox, target.at)}
                data-testid="check-problem"
                title={t(target ? 'checks.zoomHint' : 'checks.noPlace')}
              >
                <span className="mono check-problem__codes">{p.codes.join(', ') || t('common.none')}</span>
                <ProblemMeasure problem={p} />
                <span className="check-problem__message">{p.message}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {group.problems.length > shown && (
        <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)} data-testid={`check-more-${group.rule}`}>
          {t('checks.showMore', { shown, count: group.problems.length })}
        </button>
      )}
    </details>
  );
}

function ProblemMeasure({ problem }: { problem: ReportedProblem }) {
  const { t } = useI18n();
  const measure = problemMeasure(problem);
  if (!measure) return null;
  if (measure.kind === 'ratio') return <span className="check-problem__measure num">{t('checks.percent', { value: measure.percent })}</span>;
  return (
    <span className="check-problem__measure num" title={t('unit.muValue', { value: formatMu(measure.m2) })}>
      {t('unit.m2Value', { value: formatM2(measure.m2) })}
    </span>
  );
}
