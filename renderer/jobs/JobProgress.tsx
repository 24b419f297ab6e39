import { useEffect, useRef } from 'react';
import { errorMessage } from '../i18n/error-message';
import { useI18n } from '../i18n/I18nProvider';
import { phaseKey } from './job-phase';
import { useJob, type JobSnapshot } from './use-job';
import './jobs.css';

interface JobProgressProps {
  jobId: string;
  /** Called once, when the job is done, failed or cancelled. */
  onFinished: (snapshot: JobSnapshot) => void;
}

/** A running job: progress bar, phase, done/total and a Cancel button. */
export function JobProgress({ jobId, onFinished }: JobProgressProps) {
  const { t, locale } = useI18n();
  const { snapshot, error, cancel } = useJob(jobId);
  const finishedFor = useRef<string | null>(null);
  const latest = useRef(onFinished);
  useEffect(() => {
    latest.current = onFinished;
  });

  useEffect(() => {
    if (!snapshot || snapshot.state === 'running' || finishedFor.current === snapshot.id) return;
    finishedFor.current = snapshot.id;
    latest.current(snapshot);
  }, [snapshot]);

  const number = new Intl.NumberFormat(locale);
  const progress = snapshot?.progress ?? { phase: 'starting', done: 0, total: 0 };
  const key = phaseKey(progress.phase);
  const running = !snapshot || snapshot.state === 'running';
  return (
    <div className="job-progress" data-testid="job-progress" data-state={snapshot?.state ?? 'running'}>
      <div className="job-progress__line">
        <span className="job-progress__phase" data-testid="job-phase">
          {key ? t(key) : progress.phase}
        </span>
        {progress.total > 0 && (
          <span className="job-progress__count num" data-testid="job-count">
            {t('job.count', { done: number.format(progress.done), total: number.format(progress.total) })}
          </span>
        )}
      </div>
      <div className="job-progress__line">
        {/* Without a total the bar is indeterminate: value must be absent, not 0. */}
        <progress
          data-testid="job-progress-bar"
          max={progress.total > 0 ? progress.total : undefined}
          value={progress.total > 0 ? Math.min(progress.done, progress.total) : undefined}
        />
        {running && (
          <button type="button" className="button" onClick={cancel} data-testid="job-cancel">
            {t('job.cancel')}
          </button>
        )}
      </div>
      {snapshot?.state === 'cancelled' && <p className="job-progress__note">{t('job.cancelled')}</p>}
      {snapshot?.state === 'failed' && snapshot.error && (
        <p className="job-progress__error" role="alert" data-testid="job-error">
          {t(`error.${snapshot.error.code}`)} <span className="job-progress__detail">{snapshot.error.message}</span>
        </p>
      )}
      {Boolean(error) && (
        <p className="job-progress__error" role="alert" data-testid="job-error">
          {errorMessage(t, error)}
        </p>
      )}
    </div>
  );
}
