import { useState } from 'react';
import type { ContractView } from '../../src/domain/contract/contract-view';
import type { Finding } from '../../src/domain/contract/rule';
import type { DocumentsReport } from '../../src/api/methods/documents';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import type { JobSnapshot } from '../jobs/use-job';
import { hasErrors } from './finding-groups';
import { today } from '../calendar/today';
import { nextStatuses, type SettableStatus } from './contract-status';

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

/** Save, number (the core refuses while a rule reports an error, and says which), print and status. */
export function ContractActions({ id, view, dirty, busy, findings, createdMore, onSave, onRun, onReload }: ContractActionsProps) {
  const { t } = useI18n();
  const [format, setFormat] = useState<PrintFormat>('pdf');
  const [out, setOut] = useState('');
  const [job, setJob] = useState<{ id: string; running: boolean } | null>(null);
  const [printed, setPrinted] = useState<string | null>(null);
  const [status, setStatus] = useState<SettableStatus | ''>('');
  const [reason, setReason] = useState('');
  const blocked = findings !== null && hasErrors(findings);
  const isDraft = !view || view.status === 'draft';

  const number = () => onRun(async () => {
    await call('contracts.number', { id: id! });
    return onReload();
  });
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
  const changeStatus = () =>
    onRun(async () => {
      if (!status) return;
      await call('contracts.setStatus', { id: id!, status, date: today(), ...(reason.trim() ? { reason: reason.trim() } : {}) });
      setStatus('');
      setReason('');
      return onReload();
    });

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
      {view && nextStatuses(view.status).length > 0 && (
        <div className="button-row">
          <select value={status} onChange={(e) => setStatus(e.target.value as SettableStatus | '')} data-testid="status-select" aria-label={t('contract.status.change')}>
            <option value="">{t('contract.status.change')}</option>
            {nextStatuses(view.status).map((s) => (
              <option key={s} value={s}>
                {t(`contract.status.${s}`)}
              </option>
            ))}
          </select>
          {status === 'terminated' && <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('contract.status.reason')} data-testid="status-reason" />}
          <button type="button" className="button" disabled={busy || !status || (status === 'terminated' && !reason.trim())} onClick={changeStatus} data-testid="status-apply">
            {t('contract.status.apply')}
          </button>
        </div>
      )}
    </section>
  );
}
