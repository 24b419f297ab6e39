import { useState } from 'react';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import { usePrintJob } from '../jobs/use-print-job';

type Format = 'docx' | 'pdf';

/** 打印搬迁安置方案: the project's proposal as .docx or A4 PDF, printed as a job with a progress bar. */
export function ProposalPrint({ projectId, asOf }: { projectId: number; asOf: string }) {
  const { t } = useI18n();
  const [format, setFormat] = useState<Format>('pdf');
  const [out, setOut] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const { job, running, report, failure, start: startPrint, finished } = usePrintJob();

  const start = () => {
    startPrint(() => call('documents.proposal', { projectId, format, out: out.trim(), overwrite, asOf }));
  };

  return (
    <section className="linkage-print cform-print" data-testid="linkage-print">
      <h3>{t('linkage.print.title')}</h3>
      <div className="button-row">
        <select value={format} onChange={(e) => setFormat(e.target.value as Format)} disabled={running} aria-label={t('contract.print.format')} data-testid="proposal-format">
          <option value="pdf">PDF</option>
          <option value="docx">Word (.docx)</option>
        </select>
        <label className="cform-check">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} data-testid="proposal-overwrite" />
          {t('linkage.print.overwrite')}
        </label>
      </div>
      <div className="button-row">
        <input type="text" value={out} onChange={(e) => setOut(e.target.value)} placeholder={t('linkage.print.outPlaceholder')} aria-label={t('linkage.print.out')} data-testid="proposal-out" />
        <button type="button" className="button button--primary" disabled={running || !out.trim()} onClick={start} data-testid="proposal-run">
          {t('linkage.print.run')}
        </button>
      </div>
      {failure && <Failure error={failure.error} testId="proposal-error" />}
      {job && <JobProgress jobId={job.id} onFinished={finished} />}
      {report && (
        <p className="cform-actions__done" data-testid="proposal-done" data-drafts={report.drafts}>
          {t(report.drafts > 0 ? 'linkage.print.doneDraft' : 'linkage.print.done', { path: report.files.join(', ') })}
        </p>
      )}
    </section>
  );
}
