import { useState } from 'react';
import { STEP_STATUSES, type StepStatus } from '../../src/domain/case/case-lane';
import type { StepPatch, StepRef } from '../../src/domain/case/case-step';
import { stepDefinition } from '../../src/domain/case/step-catalogue';
import { stepShortfall } from '../../src/domain/case/step-requirements';
import { call } from '../api/client';
import { today } from '../calendar/today';
import { takeBack } from '../contracts/correction-call';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import type { CaseStepData, CaseViewData, GateData } from './case-api';
import { editItem, needsReason, receivedCount, statusPatch, tickItem } from './step-edit';
import { StepLegalDialog, type LegalStep } from './StepLegalDialog';

interface StepCardProps {
  step: CaseStepData;
  /** The case's contract: a step standing for its status moves it, and is taken back only with it. */
  contract: CaseViewData['contract'];
  /** Error gates that stand on this step, tagged on the card; the refusal below says what they mean. */
  gates: readonly GateData[];
  /** Why completing it would be refused now, as the core would say; null when it may complete. */
  refusal: string | null;
  busy: boolean;
  onPatch: (patch: StepPatch) => Promise<unknown>;
  /** A correction of the contract was recorded: the case is read again. */
  onCorrected: () => Promise<unknown>;
}

/**
 * One step: status (退回 asks for a reason), responsible, due date, the documents received (the required
 * ones marked) and the refs. Completing a step that moves the contract is confirmed first; once the
 * contract has moved, the step goes back only through a recorded correction of the contract.
 */
export function StepCard({ step, contract, gates, refusal, busy, onPatch, onCorrected }: StepCardProps) {
  const { t } = useI18n();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [details, setDetails] = useState(step);
  // A new step from the core (after any change) replaces the edits in the open details.
  const [shown, setShown] = useState(step);
  if (shown !== step) {
    setShown(step);
    setDetails(step);
  }
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [legal, setLegal] = useState<LegalStep | null>(null);
  const id = step.key.replace('.', '-');
  const docs = receivedCount(step.checklist);
  const dirty = JSON.stringify(details) !== JSON.stringify(step);

  const run = (patch: StepPatch) => {
    setFailure(null);
    onPatch(patch).then(
      () => setReturning(false),
      (error: unknown) => setFailure({ error }),
    );
  };
  const def = stepDefinition(step.key);
  const target = def.contractStatus;
  const reached = target !== null && { numbered: contract.numberedOn, filed: contract.filedOn, active: contract.activeOn }[target] !== null;
  const shortfall = stepShortfall({ ...step, statusOn: today() });
  const missing = [
    ...(shortfall.documents.length > 0 ? [t('cases.card.missingDocs', { items: shortfall.documents.join(t('cases.card.separator')) })] : []),
    ...(shortfall.responsible ? [t('cases.card.missingResponsible')] : []),
  ];

  const changeStatus = (to: StepStatus) => {
    if (target !== null && reached && step.status === 'done' && to !== 'done') return setLegal({ kind: 'takeBack' });
    // A completion the core would refuse (a gate, missing papers) goes straight to it, which says why.
    const clear = refusal === null && missing.length === 0;
    if (target !== null && !reached && to === 'done' && clear) {
      if (target !== 'numbered') return setLegal({ kind: 'complete', number: null });
      setFailure(null);
      call('contracts.numberPreview', { id: contract.id, on: today() }).then(
        ({ number }) => setLegal({ kind: 'complete', number }),
        (error: unknown) => setFailure({ error }),
      );
      return;
    }
    if (needsReason(to)) return setReturning(true);
    run(statusPatch(to, today()));
  };

  const saveDetails = () => run({ responsible: details.responsible, dueDate: details.dueDate, checklist: details.checklist, refs: details.refs, note: details.note });
  const setRef = (i: number, ref: StepRef) => setDetails((d) => ({ ...d, refs: d.refs.map((r, j) => (j === i ? ref : r)) }));

  return (
    <article className={`case-step case-step--${step.status}${step.applies ? '' : ' case-step--na'}`} data-testid={`step-${id}`} data-status={step.status}>
      <header className="case-step__head">
        <span className="case-step__title">{t(`cases.step.${step.key}`)}</span>
        <select value={step.status} disabled={busy} onChange={(e) => changeStatus(e.target.value as StepStatus)} aria-label={t('cases.card.status')} data-testid={`step-status-${id}`}>
          {STEP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`cases.status.${s}`)}
            </option>
          ))}
        </select>
      </header>
      <p className="case-step__meta">
        {step.responsible && <span>{t('cases.card.responsibleIs', { name: step.responsible })}</span>}
        {step.dueDate && <span>{t('cases.card.dueIs', { date: step.dueDate })}</span>}
        {step.statusOn && <span>{t('cases.card.statusOnIs', { date: step.statusOn })}</span>}
        <span>{t('cases.card.docs', docs)}</span>
      </p>
      {step.status === 'returned' && step.note && <p className="case-step__note">{t('cases.card.returnedWhy', { reason: step.note })}</p>}
      {gates.length > 0 && (
        <p className="case-step__gates">
          {gates.map((g) => (
            <span key={g.ruleId + g.message} className="case-step__gate" title={g.message} data-testid={`step-gate-${id}`} data-rule={g.ruleId}>
              {g.ruleId}
            </span>
          ))}
        </p>
      )}
      {refusal && step.status !== 'done' && (
        <p className="case-step__refusal" data-testid={`step-refusal-${id}`}>
          {t('cases.card.cannotComplete', { reason: refusal })}
        </p>
      )}
      {missing.length > 0 && step.applies && step.status !== 'done' && step.status !== 'not_applicable' && (
        <p className="case-step__needs" data-testid={`step-needs-${id}`}>
          {t('cases.card.needs', { what: missing.join(t('cases.card.separator')) })}
        </p>
      )}
      {legal && target !== null && (
        <StepLegalDialog
          def={{ ...def, contractStatus: target }}
          contract={contract}
          legal={legal}
          onComplete={() => onPatch(statusPatch('done', today()))}
          onTakeBack={async (input) => {
            await takeBack(contract, target, input);
            await onCorrected();
          }}
          onClose={() => setLegal(null)}
        />
      )}
      {returning && (
        <div className="button-row">
          <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('cases.card.returnReason')} data-testid={`step-reason-${id}`} />
          <button type="button" className="button" disabled={busy || !reason.trim()} onClick={() => run(statusPatch('returned', today(), reason))} data-testid={`step-return-${id}`}>
            {t('cases.card.return')}
          </button>
          <button type="button" className="button" onClick={() => setReturning(false)}>
            {t('contract.cancel')}
          </button>
        </div>
      )}
      {failure && <Failure error={failure.error} testId={`step-error-${id}`} />}
      <details className="case-step__details">
        <summary>{t('cases.card.details')}</summary>
        <label className="cform-row">
          <span className="cform-row__label">{t('cases.card.responsible')}</span>
          <input type="text" value={details.responsible} onChange={(e) => setDetails({ ...details, responsible: e.target.value })} data-testid={`step-responsible-${id}`} />
        </label>
        <label className="cform-row">
          <span className="cform-row__label">{t('cases.card.due')}</span>
          <input type="date" value={details.dueDate ?? ''} onChange={(e) => setDetails({ ...details, dueDate: e.target.value || null })} data-testid={`step-due-${id}`} />
        </label>
        <table className="cform-table case-step__checklist">
          <thead>
            <tr>
              <th>{t('cases.card.document')}</th>
              <th>{t('cases.card.receivedOn')}</th>
              <th>{t('cases.card.ref')}</th>
            </tr>
          </thead>
          <tbody>
            {details.checklist.map((item, i) => (
              <tr key={item.item}>
                <td>
                  <label className="cform-check">
                    <input type="checkbox" checked={item.received} onChange={(e) => setDetails({ ...details, checklist: tickItem(details.checklist, i, e.target.checked, today()) })} data-testid={`step-doc-${id}-${i}`} />
                    {item.item}
                    {def.checklist.some((d) => d.required && d.item === item.item) && <span className="case-step__required">{t('cases.card.required')}</span>}
                  </label>
                </td>
                <td>
                  <input type="date" value={item.receivedOn ?? ''} disabled={!item.received} onChange={(e) => setDetails({ ...details, checklist: editItem(details.checklist, i, 'receivedOn', e.target.value) })} />
                </td>
                <td>
                  <input type="text" value={item.ref} onChange={(e) => setDetails({ ...details, checklist: editItem(details.checklist, i, 'ref', e.target.value) })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="case-step__refs">
          {details.refs.map((r, i) => (
            <div key={i} className="cform-list__row">
              <input type="text" value={r.label} placeholder={t('cases.card.refLabel')} onChange={(e) => setRef(i, { ...r, label: e.target.value })} />
              <input type="text" value={r.value} placeholder={t('cases.card.refValue')} onChange={(e) => setRef(i, { ...r, value: e.target.value })} data-testid={`step-ref-${id}-${i}`} />
              <button type="button" className="icon-button" aria-label={t('contract.remove')} onClick={() => setDetails({ ...details, refs: details.refs.filter((_, j) => j !== i) })}>
                ×
              </button>
            </div>
          ))}
          <button type="button" className="link-button" onClick={() => setDetails({ ...details, refs: [...details.refs, { label: '', value: '' }] })} data-testid={`step-ref-add-${id}`}>
            {t('cases.card.addRef')}
          </button>
        </div>
        <label className="cform-row">
          <span className="cform-row__label">{t('cases.card.note')}</span>
          <input type="text" value={details.note} onChange={(e) => setDetails({ ...details, note: e.target.value })} />
        </label>
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={busy || !dirty} onClick={saveDetails} data-testid={`step-save-${id}`}>
            {t('contract.save')}
          </button>
        </div>
      </details>
    </article>
  );
}
