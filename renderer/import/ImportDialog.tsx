import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportReport, Inspection } from '../../src/api/methods/import';
import type { FieldMapping, ImportTarget } from '../../src/domain/field-mapping';
import { LAND_CLASSES, type LandClassCode } from '../../src/domain/land-class';
import { call } from '../api/client';
import { errorMessage } from '../i18n/error-message';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import type { JobSnapshot } from '../jobs/use-job';
import { Dialog } from './Dialog';
import { FilePicker } from './FilePicker';
import { ImportReportView } from './ImportReportView';
import { JoinStep } from './JoinStep';
import { canStart, mappingForTarget, mappingRows } from './mapping-table';
import { MappingTable } from './MappingTable';
import { ProblemList } from './ProblemList';
import { SourceOptions } from './SourceOptions';
import { isTableFormat } from './source-files';
import type { ReadOptions } from './source-options';
import { uploadFiles, type UploadProgress } from './upload';
import './import.css';

interface ImportDialogProps {
  onClose: () => void;
  /** An import went into the project (the map and counts need a refresh). */
  onImported: (report: ImportReport) => void;
}

type OnBad = 'abort' | 'skip';
const LAND_CLASS_CODES = Object.keys(LAND_CLASSES) as LandClassCode[];

/** Choose files → upload → inspect and map fields → import as a job → report. Tables go to the join step. */
export function ImportDialog({ onClose, onImported }: ImportDialogProps) {
  const { t } = useI18n();
  const [upload, setUpload] = useState<UploadProgress | null>(null);
  const [stagingId, setStagingId] = useState<string | null>(null);
  const [options, setOptions] = useState<ReadOptions>({});
  const [target, setTarget] = useState<ImportTarget>('parcels');
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [mapping, setMapping] = useState<FieldMapping | null>(null);
  const [defaultLandClass, setDefaultLandClass] = useState<LandClassCode>('0103');
  const [replaceExisting, setReplaceExisting] = useState(false);
  const [busy, setBusy] = useState(false);
  // Kept after the job ends so its bar and any failure or cancellation stay in view.
  const [job, setJob] = useState<{ id: string; running: boolean } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const aborter = useRef(new AbortController());
  useEffect(() => () => aborter.current.abort(), []);

  const inspect = useCallback((id: string, nextOptions: ReadOptions, nextTarget?: ImportTarget) => {
    setBusy(true);
    setFailure(null);
    call('import.inspect', { source: { kind: 'staged', stagingId: id }, options: nextOptions, target: nextTarget })
      .then(
        (found) => {
          setInspection(found);
          setTarget(found.target);
          setMapping(found.mapping);
        },
        (error: unknown) => setFailure({ error }),
      )
      .finally(() => setBusy(false));
  }, []);

  const send = (files: File[]) => {
    setFailure(null);
    setInspection(null);
    setReport(null);
    setOptions({});
    setUpload({ sent: 0, total: files.reduce((s, f) => s + f.size, 0) });
    uploadFiles(files, setUpload, aborter.current.signal).then(
      (id) => {
        setStagingId(id);
        inspect(id, {}); // the core proposes the target from the fields
      },
      (error: unknown) => {
        setUpload(null);
        if (!aborter.current.signal.aborted) setFailure({ error });
      },
    );
  };

  const start = (onBad: OnBad) => {
    if (!stagingId || !mapping) return;
    setFailure(null);
    setReport(null);
    setJob(null);
    call('import.start', {
      source: { kind: 'staged', stagingId },
      options,
      target,
      mapping: mappingForTarget(target, mapping),
      defaultLandClass,
      onBad,
      onExisting: replaceExisting ? 'replace' : 'bad',
    }).then(({ jobId }) => setJob({ id: jobId, running: true }), (error: unknown) => setFailure({ error }));
  };

  const finished = (snapshot: JobSnapshot) => {
    setJob({ id: snapshot.id, running: false });
    if (snapshot.state !== 'done') return; // JobProgress stays visible with the failure or cancellation
    const result = snapshot.result as ImportReport; // the core validated it against ImportReportSchema
    setReport(result);
    if (result.committed) onImported(result);
  };

  const running = job?.running === true;
  const table = inspection !== null && isTableFormat(inspection.format);
  const rows = inspection && mapping ? mappingRows(target, mapping, inspection.fields) : [];
  const ready = inspection !== null && mapping !== null && !inspection.fatal && canStart(rows) && !busy && !running;

  return (
    <Dialog
      title={t('import.title')}
      testId="import-dialog"
      onClose={onClose}
      footer={
        <>
          {inspection && !table && !report && (
            <button type="button" className="button button--primary" disabled={!ready} onClick={() => start('abort')} data-testid="import-start">
              {t('import.start')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose} data-testid="import-close">
            {t('import.close')}
          </button>
        </>
      }
    >
      <FilePicker disabled={busy || running || (upload !== null && upload.sent < upload.total)} onPick={send} />
      {upload && (
        <div className="upload-progress" data-testid="upload-progress">
          <span>{t(upload.sent < upload.total ? 'import.uploading' : 'import.uploaded')}</span>
          <progress data-testid="upload-progress-bar" max={upload.total || 1} value={upload.total ? upload.sent : 0} />
        </div>
      )}
      {busy && <p className="hint" data-testid="import-busy">{t('import.inspecting')}</p>}
      {failure && (
        <p className="notice-box notice-box--error" role="alert" data-testid="import-error">
          {errorMessage(t, failure.error)}
        </p>
      )}
      {inspection && stagingId && (
        <>
          <h3>{t('import.source')}</h3>
          <SourceOptions
            inspection={inspection}
            options={options}
            target={target}
            disabled={busy || running}
            onOptions={(next) => {
              setOptions(next);
              inspect(stagingId, next, target);
            }}
            onTarget={(next) => inspect(stagingId, options, next)}
          />
          {inspection.problemCount > 0 && <h3>{t('import.problems', { count: inspection.problemCount })}</h3>}
          <ProblemList problems={inspection.problems} count={inspection.problemCount} testId="import-problems" />
          {table ? (
            <JoinStep key={`${stagingId}|${inspection.layer}`} stagingId={stagingId} options={options} inspection={inspection} />
          ) : (
            mapping && (
              <>
                <h3>{t('import.mapping')}</h3>
                <MappingTable target={target} mapping={mapping} inspection={inspection} disabled={busy || running} onChange={setMapping} />
                <div className="form-grid import-settings">
                  {target === 'parcels' && (
                    <>
                      <label htmlFor="import-default-class">{t('import.defaultLandClass')}</label>
                      <select id="import-default-class" data-testid="import-default-class" value={defaultLandClass} disabled={running} onChange={(e) => setDefaultLandClass(e.target.value as LandClassCode)}>
                        {LAND_CLASS_CODES.map((code) => (
                          <option key={code} value={code}>
                            {code} {t(`landClass.${code}`)}
                          </option>
                        ))}
                      </select>
                    </>
                  )}
                  <span className="form-grid__label">{t('import.existing')}</span>
                  <label className="check-row">
                    <input type="checkbox" data-testid="import-replace-existing" checked={replaceExisting} disabled={running} onChange={(e) => setReplaceExisting(e.target.checked)} />
                    {t('import.existing.replace')}
                  </label>
                </div>
              </>
            )
          )}
        </>
      )}
      {job && <JobProgress jobId={job.id} onFinished={finished} />}
      {report && <ImportReportView report={report} onSkipBad={() => start('skip')} />}
    </Dialog>
  );
}
