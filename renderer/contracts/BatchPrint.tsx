import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import { usePrintJob } from '../jobs/use-print-job';
import { transfereeChoices, villageChoices, type BatchChoice } from './batch-scopes';
import { Failure } from './Failure';

type By = 'transferee' | 'village';
type Format = 'docx' | 'pdf';
interface Choices {
  transferee: BatchChoice<number>[];
  village: BatchChoice<string>[];
}

/** 批量打印: every contract of one transferee or one village into a folder, as one job with a progress bar. */
export function BatchPrint({ version }: { version: number }) {
  const { t } = useI18n();
  const [choices, setChoices] = useState<Choices | null>(null);
  const [by, setBy] = useState<By>('transferee');
  const [picked, setPicked] = useState('');
  const [format, setFormat] = useState<Format>('pdf');
  const [outDir, setOutDir] = useState('');
  const [overwrite, setOverwrite] = useState(false);
  const { job, running, report, failure, start: startPrint, finished, fail } = usePrintJob();

  useEffect(() => {
    Promise.all([call('contracts.list', {}), call('parties.list', {}), call('contracts.settings', {})]).then(
      ([contracts, parties, settings]) => setChoices({ transferee: transfereeChoices(contracts, parties), village: villageChoices(contracts, settings.villages) }),
      fail,
    );
  }, [version]);

  const options = choices?.[by] ?? [];
  // The first choice stands selected until the planner picks another, so one click prints.
  const key = options.some((o) => String(o.key) === picked) ? picked : String(options[0]?.key ?? '');

  const start = () => {
    const scope = by === 'transferee' ? { transfereePartyId: Number(key) } : { villageCode: key };
    startPrint(() => call('documents.batch', { scope, format, outDir: outDir.trim(), overwrite }));
  };

  return (
    <section className="contracts-batch" data-testid="batch-print">
      <div className="button-row">
        <select value={by} onChange={(e) => setBy(e.target.value as By)} disabled={running} aria-label={t('contract.batch.by')} data-testid="batch-by">
          <option value="transferee">{t('contract.batch.byTransferee')}</option>
          <option value="village">{t('contract.batch.byVillage')}</option>
        </select>
        <select value={key} onChange={(e) => setPicked(e.target.value)} disabled={running || options.length === 0} aria-label={t(`contract.batch.by${by === 'transferee' ? 'Transferee' : 'Village'}`)} data-testid="batch-scope">
          {options.map((o) => (
            <option key={o.key} value={String(o.key)}>
              {t('contract.batch.choice', { name: o.name, count: o.count })}
            </option>
          ))}
        </select>
        <select value={format} onChange={(e) => setFormat(e.target.value as Format)} disabled={running} aria-label={t('contract.print.format')} data-testid="batch-format">
          <option value="pdf">PDF</option>
          <option value="docx">Word (.docx)</option>
        </select>
      </div>
      <div className="button-row">
        <input type="text" value={outDir} onChange={(e) => setOutDir(e.target.value)} placeholder={t('contract.batch.outPlaceholder')} aria-label={t('contract.batch.out')} data-testid="batch-out" />
        <label className="cform-check">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} data-testid="batch-overwrite" />
          {t('contract.batch.overwrite')}
        </label>
        <button type="button" className="button button--primary" disabled={running || !key || !outDir.trim()} onClick={start} data-testid="batch-run">
          {t('contract.batch.run')}
        </button>
      </div>
      {choices && options.length === 0 && <p className="hint">{t('contract.book.empty')}</p>}
      {failure && <Failure error={failure.error} testId="batch-error" />}
      {job && <JobProgress jobId={job.id} onFinished={finished} />}
      {report && (
        <div className="cform-actions__done" data-testid="batch-done">
          <p data-testid="batch-summary" data-files={report.files.length} data-drafts={report.drafts}>
            {t('contract.batch.done', { count: report.files.length, drafts: report.drafts })}
          </p>
          <ul className="contracts-batch__files" data-testid="batch-files">
            {report.files.map((file) => (
              <li key={file} className="cform-code">
                {file}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
