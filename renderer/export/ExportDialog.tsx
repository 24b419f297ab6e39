import { useState } from 'react';
import type { ExportReport } from '../../src/api/methods/export';
import { call } from '../api/client';
import { errorMessage } from '../i18n/error-message';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../import/Dialog';
import { SRS_CHOICES } from '../import/source-options';
import { JobProgress } from '../jobs/JobProgress';
import type { JobSnapshot } from '../jobs/use-job';
import { EXPORT_FORMATS, EXPORT_LAYERS, hasFixedCrs, withExtension, type ExportFormat, type ExportLayer } from './export-formats';
import './export.css';

interface ExportDialogProps {
  onClose: () => void;
}

/** Writes one layer to a file on this machine for QGIS, ArcGIS, Google Earth or Excel. */
export function ExportDialog({ onClose }: ExportDialogProps) {
  const { t, locale } = useI18n();
  const [layer, setLayer] = useState<ExportLayer>('parcels');
  const [format, setFormat] = useState<ExportFormat>('gpkg');
  const [out, setOut] = useState('');
  const [srsId, setSrsId] = useState<number | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [job, setJob] = useState<{ id: string; running: boolean } | null>(null);
  const [report, setReport] = useState<ExportReport | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);

  const running = job?.running === true;
  const fixedCrs = hasFixedCrs(format);

  const run = () => {
    setFailure(null);
    setReport(null);
    setJob(null);
    call('export.run', { layer, format, out: out.trim(), overwrite, ...(srsId !== null && !fixedCrs ? { srsId } : {}) }).then(
      ({ jobId }) => setJob({ id: jobId, running: true }),
      (error: unknown) => setFailure({ error }),
    );
  };
  const finished = (snapshot: JobSnapshot) => {
    setJob({ id: snapshot.id, running: false });
    if (snapshot.state === 'done') setReport(snapshot.result as ExportReport); // validated by the core
  };

  return (
    <Dialog
      title={t('export.title')}
      testId="export-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button button--primary" disabled={running || !out.trim()} onClick={run} data-testid="export-run">
            {t('export.run')}
          </button>
          <button type="button" className="button" onClick={onClose} data-testid="export-close">
            {t('import.close')}
          </button>
        </>
      }
    >
      <div className="form-grid">
        <label htmlFor="export-layer">{t('export.layer')}</label>
        <select id="export-layer" data-testid="export-layer" disabled={running} value={layer} onChange={(e) => setLayer(e.target.value as ExportLayer)}>
          {EXPORT_LAYERS.map((l) => (
            <option key={l} value={l}>
              {t(`import.target.${l}`)}
            </option>
          ))}
        </select>

        <label htmlFor="export-format">{t('export.format')}</label>
        <select
          id="export-format"
          data-testid="export-format"
          disabled={running}
          value={format}
          onChange={(e) => {
            const next = e.target.value as ExportFormat;
            setFormat(next);
            setOut((path) => withExtension(path, next));
          }}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`export.format.${f}`)}
            </option>
          ))}
        </select>

        <label htmlFor="export-out">{t('export.out')}</label>
        <input
          id="export-out"
          type="text"
          data-testid="export-out"
          disabled={running}
          value={out}
          placeholder={t('export.outHint')}
          spellCheck={false}
          onChange={(e) => setOut(e.target.value)}
          onBlur={() => setOut((path) => withExtension(path, format))}
        />

        <label htmlFor="export-crs">{t('export.crs')}</label>
        {fixedCrs ? (
          <span data-testid="export-crs-fixed">{t('export.crs.kml')}</span>
        ) : (
          <select id="export-crs" data-testid="export-crs" disabled={running} value={srsId ?? ''} onChange={(e) => setSrsId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('export.crs.default')}</option>
            {SRS_CHOICES.map((c) => (
              <option key={c.srsId} value={c.srsId}>
                {c.label}
              </option>
            ))}
          </select>
        )}

        <span className="form-grid__label" />
        <label className="check-row">
          <input type="checkbox" data-testid="export-overwrite" disabled={running} checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
          {t('export.overwrite')}
        </label>
      </div>
      {failure && (
        <p className="notice-box notice-box--error" role="alert" data-testid="export-error">
          {errorMessage(t, failure.error)}
          {failure.error instanceof Error && <span className="export-error__detail">{failure.error.message}</span>}
        </p>
      )}
      {job && <JobProgress jobId={job.id} onFinished={finished} />}
      {report && (
        <div className="export-report" data-testid="export-report">
          <p>{t('export.done', { count: new Intl.NumberFormat(locale).format(report.count), srs: report.srsId })}</p>
          <ul data-testid="export-files">
            {report.files.map((f) => (
              <li key={f} className="mono">
                {f}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Dialog>
  );
}
