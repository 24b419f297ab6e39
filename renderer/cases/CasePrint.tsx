import { useEffect, useMemo, useState } from 'react';
import { formatMu } from '../../src/domain/units';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import { JobProgress } from '../jobs/JobProgress';
import { usePrintJob } from '../jobs/use-print-job';
import type { CaseViewData } from './case-api';
import {
  casePrintRequest,
  defaultConsentKind,
  documentChoices,
  firstApplicable,
  householdChoices,
  type CaseDocument,
  type CasePrintForm,
  type ConsentKind,
  type PrintFormat,
} from './case-print-request';

/**
 * 打印文书: one case document as .docx or A4 PDF, run as a job with a progress bar. Documents that do not
 * apply to the case are shown disabled with the reason; the core's own refusal is shown if it still refuses.
 */
export function CasePrint({ view }: { view: CaseViewData }) {
  const { t } = useI18n();
  const contractId = view.contract.id;
  const choices = useMemo(() => documentChoices(view), [view]);
  const [form, setForm] = useState<CasePrintForm>(() => ({
    document: firstApplicable(choices),
    household: 'all',
    consentKind: defaultConsentKind(view),
    trusteeshipId: view.trusteeships[0]?.id ?? null,
    format: 'pdf',
    out: '',
    overwrite: false,
  }));
  // The agent's principals live on the contract draft, which the case view does not carry.
  const [principals, setPrincipals] = useState<number[]>([]);
  const { job, running, report, failure, start: startPrint, finished, fail } = usePrintJob();

  useEffect(() => {
    if (!view.contract.agent) return;
    call('contracts.get', { id: contractId }).then(
      (contract) => setPrincipals(contract.draft.agent?.powerOfAttorneyHouseholdIds ?? []),
      fail,
    );
  }, [contractId, view.contract.agent]);

  const set = <K extends keyof CasePrintForm>(key: K, value: CasePrintForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const pick = (document: CaseDocument) => setForm((f) => ({ ...f, document, household: 'all' }));
  const chosen = choices.find((c) => c.document === form.document)!;
  const households = chosen.needs === 'household' ? householdChoices(view, form.document, principals) : [];

  const start = () => {
    startPrint(() => call('documents.case', casePrintRequest(contractId, form)));
  };

  return (
    <section className="case-print cform-print" data-testid="case-print">
      <fieldset className="case-print__docs" disabled={running}>
        <legend>{t('cases.print.document')}</legend>
        {choices.map((c) => (
          <label key={c.document} className={`case-print__doc${c.notApplicable ? ' case-print__doc--off' : ''}`} data-testid={`case-print-doc-${c.document}`} data-applies={c.notApplicable === null}>
            <input type="radio" name="case-print-doc" value={c.document} checked={form.document === c.document} disabled={c.notApplicable !== null} onChange={() => pick(c.document)} />
            <span>{t(`cases.print.doc.${c.document}`)}</span>
            {c.notApplicable && (
              <span className="case-print__why" data-testid={`case-print-why-${c.document}`}>
                {t(`cases.print.why.${c.notApplicable}`)}
              </span>
            )}
          </label>
        ))}
      </fieldset>

      {chosen.needs === 'household' && (
        <div className="cform-row">
          <span>{t('cases.print.household')}</span>
          <select value={String(form.household)} onChange={(e) => set('household', e.target.value === 'all' ? 'all' : Number(e.target.value))} disabled={running} data-testid="case-print-household">
            <option value="all">{t('cases.print.allHouseholds', { count: households.length })}</option>
            {households.map((h) => (
              <option key={h.id} value={String(h.id)}>
                {h.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {form.document === 'consent' && (
        <div className="cform-row">
          <span>{t('cases.print.consentKind')}</span>
          <select value={form.consentKind} onChange={(e) => set('consentKind', e.target.value as ConsentKind)} disabled={running} data-testid="case-print-consent-kind">
            <option value="mortgage">{t('cases.consentKind.mortgage')}</option>
            <option value="retransfer">{t('cases.consentKind.retransfer')}</option>
          </select>
        </div>
      )}
      {chosen.needs === 'trusteeship' && view.trusteeships.length > 0 && (
        <div className="cform-row">
          <span>{t('cases.print.trusteeship')}</span>
          <select value={String(form.trusteeshipId ?? '')} onChange={(e) => set('trusteeshipId', Number(e.target.value))} disabled={running} data-testid="case-print-trusteeship">
            {view.trusteeships.map((r) => (
              <option key={r.id} value={String(r.id)}>
                {t('cases.print.trusteeshipChoice', { coop: r.coop, crop: r.crop, mode: t(`cases.trusteeshipMode.${r.mode}`), mu: formatMu(r.areaM2), start: r.startDate, end: r.endDate })}
              </option>
            ))}
          </select>
        </div>
      )}

      <div className="button-row">
        <select value={form.format} onChange={(e) => set('format', e.target.value as PrintFormat)} disabled={running} aria-label={t('cases.print.format')} data-testid="case-print-format">
          <option value="pdf">PDF</option>
          <option value="docx">Word (.docx)</option>
        </select>
        <label className="cform-check">
          <input type="checkbox" checked={form.overwrite} onChange={(e) => set('overwrite', e.target.checked)} data-testid="case-print-overwrite" />
          {t('cases.print.overwrite')}
        </label>
      </div>
      <div className="button-row">
        <input type="text" value={form.out} onChange={(e) => set('out', e.target.value)} placeholder={t('cases.print.outPlaceholder')} aria-label={t('cases.print.out')} data-testid="case-print-out" />
        <button type="button" className="button button--primary" disabled={running || chosen.notApplicable !== null || !form.out.trim()} onClick={start} data-testid="case-print-run">
          {t('cases.print.run')}
        </button>
      </div>
      {chosen.needs === 'household' && form.household === 'all' && <p className="hint">{t('cases.print.perHousehold')}</p>}

      {failure && <Failure error={failure.error} testId="case-print-error" />}
      {job && <JobProgress jobId={job.id} onFinished={finished} />}
      {report && (
        <div className="cform-actions__done" data-testid="case-print-done">
          <p data-testid="case-print-summary" data-files={report.files.length} data-drafts={report.drafts}>
            {t(report.drafts > 0 ? 'cases.print.doneDraft' : 'cases.print.done', { count: report.files.length })}
          </p>
          <ul className="contracts-batch__files" data-testid="case-print-files">
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
