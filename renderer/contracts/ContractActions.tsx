import { useEffect, useState } from 'react';
import type { ContractView } from '../../src/domain/contract/contract-view';
import type { Finding } from '../../src/domain/contract/rule';
import type { DocumentsReport } from '../../src/api/methods/documents';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import type { JobSnapshot } from '../jobs/use-job';
import { hasErrors } from './finding-groups';
import { ConfirmDialog } from './ConfirmDialog';
import type { HistoryEntry } from './contract-history';
import { ContractCorrections } from './ContractCorrections';
import { ContractHistory } from './ContractHistory';
import { StatusChange } from './StatusChange';

interface ContractActionsProps {
  id: number | null;
  view: ContractView | null;
  dirty: boolean;
  busy: boolean;
  findings: readonly Finding[] | null;
  /** Further contracts created by "one per household" besides the one shown. */
  createdMore: number;
  onSave: () => void;
  onRun: (work: () => Promise<unknown>) => void;
  onReload: () => Promise<unknown>;
}

type PrintFormat = 'docx' | 'pdf';

/**
 * Save, number (the core refuses while a rule reports an error, and says which), print, status, and the
 * recorded corrections with the contract's history. Numbering and every status change are confirmed first.
 */
export function ContractActions({ id, view, dirty, busy, findings, createdMore, onSave, onRun, onReload }: ContractActionsProps) {
  const { t } = useI18n();
  const [format, setFormat] = useState<PrintFormat>('pdf');
  const [out, setOut] = useState('');
  const [job, setJob] = useState<{ id: string; running: boolean } | null>(null);
  const [printed, setPrinted] = useState<string | null>(null);
  const [numbering, setNumbering] = useState<{ number: string; on: string } | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const blocked = findings !== null && hasErrors(findings);
  const isDraft = !view || view.status === 'draft';

  // Read again with every new view of the contract (after any change).
  useEffect(() => {
    if (id === null || view === null) return setHistory([]);
    let stale = false;
    call('contracts.history', { id }).then((h) => !stale && setHistory(h), () => !stale && setHistory([]));
    return () => {
      stale = true;
    };
  }, [id, view]);

  // The number it would get is shown before the planner confirms; a refusal (error findings) shows instead.
  const number = () => onRun(async () => setNumbering(await call('contracts.numberPreview', { id: id! })));
  const reload = () => onRun(onReload);
  const print = () =>
    onRun(async () => {
      setPrinted(null);
      // A draft prints with the 草稿 watermark; a numbered contract is asked for as the final copy.
      const started = await call('documents.contract', { id: id!, format, out: out.trim(), overwrite: true, final: !isDraft });
      setJob({ id: started.jobId, running: true });
    });
  const printFinished = (snapshot: JobSnapshot) => {
    setJob({ id: snapshot.id, running: false });
    if (snapshot.state === 'done') setPrinted((snapshot.result as DocumentsReport).files.join(', ')); // validated by the core
  };

  return (
    <section className="cform-actions" data-testid="contract-actions">
      <p className="cform-actions__state">
        <span data-testid="contract-status" data-status={view?.status ?? 'new'}>
          {t(`contract.status.${view?.status ?? 'new'}`)}
        </span>
        {view?.number && (
          <strong className="cform-code" data-testid="contract-number">
            {' '}
            {view.number}
          </strong>
        )}
        {view && <span className="hint cform-code"> {t('contract.fingerprint', { value: view.fingerprint })}</span>}
      </p>
      {createdMore > 0 && <p className="hint">{t('contract.createdMore', { count: createdMore })}</p>}
      {isDraft && (
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={busy || !dirty} onClick={onSave} data-testid="contract-save">
            {t(id === null ? 'contract.saveNew' : 'contract.save')}
          </button>
          <button type="button" className="button" disabled={busy || id === null || dirty} onClick={number} data-testid="contract-number-assign" title={dirty ? t('contract.saveFirst') : undefined}>
            {t('contract.assignNumber')}
          </button>
        </div>
      )}
      {isDraft && blocked && (
        <p className="cform-actions__blocked" data-testid="contract-blocked">
          {t('contract.blocked')}
        </p>
      )}
      {id !== null && (
        <div className="cform-print">
          <div className="button-row">
            <select value={format} onChange={(e) => setFormat(e.target.value as PrintFormat)} data-testid="print-format" aria-label={t('contract.print.format')}>
              <option value="pdf">PDF</option>
              <option value="docx">Word (.docx)</option>
            </select>
            <input type="text" value={out} onChange={(e) => setOut(e.target.value)} placeholder={t('contract.print.outPlaceholder')} data-testid="print-out" aria-label={t('contract.print.out')} />
            <button type="button" className="button" disabled={busy || dirty || !out.trim() || job?.running === true} onClick={print} data-testid="print-run">
              {t(isDraft ? 'contract.print.draft' : 'contract.print.final')}
            </button>
          </div>
          {job && <JobProgress jobId={job.id} onFinished={printFinished} />}
          {printed && (
            <p className="cform-actions__done" data-testid="print-done">
              {t('contract.print.done', { path: printed })}
            </p>
          )}
        </div>
      )}
      {view && <StatusChange view={view} busy={busy} onDone={reload} />}
      {view && <ContractCorrections view={view} history={history} busy={busy} onDone={reload} />}
      <ContractHistory history={history} />
      {numbering && view && (
        <ConfirmDialog
          title={t('correction.number.title')}
          confirmLabel={t('correction.number.confirm')}
          onConfirm={async () => {
            await call('contracts.number', { id: view.id, on: numbering.on });
            reload();
          }}
          onClose={() => setNumbering(null)}
        >
          <p>{t('correction.number.body', { id: view.id, transferee: view.transferee.name, number: numbering.number, date: numbering.on })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
