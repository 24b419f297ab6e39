import { useState } from 'react';
import type { CaseConsent } from '../../src/domain/case/case-records';
import { today } from '../calendar/today';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import type { CaseViewData } from './case-api';
import { blankConsent, consentOf } from './record-drafts';

const KINDS: readonly CaseConsent['kind'][] = ['mortgage', 'retransfer'];

interface ConsentsTableProps {
  view: CaseViewData;
  busy: boolean;
  save: (consent: CaseConsent) => Promise<unknown>;
  remove: (id: number) => Promise<unknown>;
}

/** 书面同意书 per transferor household (LM-02 wants every household's before a mortgage). */
export function ConsentsTable({ view, busy, save, remove }: ConsentsTableProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<CaseConsent | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const run = (work: Promise<unknown>) => {
    setFailure(null);
    work.then(() => setEditing(null), (error: unknown) => setFailure({ error }));
  };
  return (
    <fieldset className="cform-section case-records" data-testid="consents">
      <legend>{t('cases.consents.title')}</legend>
      <table className="cform-table">
        <thead>
          <tr>
            <th>{t('cases.consents.household')}</th>
            {KINDS.map((k) => (
              <th key={k}>{t(`cases.consentKind.${k}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.contract.transferors.map((h) => (
            <tr key={h.householdId} data-testid="consent-row" data-household={h.householdId}>
              <td>{h.name}</td>
              {KINDS.map((kind) => {
                const c = consentOf(view, h.householdId, kind);
                return (
                  <td key={kind} data-kind={kind} data-recorded={c !== null}>
                    {c ? (
                      <>
                        {t('cases.consents.recorded', { date: c.signedOn, ref: c.documentRef })}{' '}
                        <button type="button" className="link-button" disabled={busy} onClick={() => run(remove(c.id!))}>
                          {t('contract.remove')}
                        </button>
                      </>
                    ) : (
                      <button type="button" className="link-button" onClick={() => setEditing({ ...blankConsent(h.householdId, today()), kind })} data-testid={`consent-add-${h.householdId}-${kind}`}>
                        {t('cases.consents.record')}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {editing && (
        <div className="button-row case-records__form" data-testid="consent-form">
          <span>{t(`cases.consentKind.${editing.kind}`)}</span>
          <input type="date" value={editing.signedOn} onChange={(e) => setEditing({ ...editing, signedOn: e.target.value })} aria-label={t('cases.consents.signedOn')} data-testid="consent-signedOn" />
          <input type="text" value={editing.documentRef} onChange={(e) => setEditing({ ...editing, documentRef: e.target.value })} placeholder={t('cases.consents.ref')} data-testid="consent-ref" />
          <button type="button" className="button button--primary" disabled={busy || !editing.documentRef.trim()} onClick={() => run(save(editing))} data-testid="consent-save">
            {t('cases.records.save')}
          </button>
          <button type="button" className="button" onClick={() => setEditing(null)}>
            {t('contract.cancel')}
          </button>
        </div>
      )}
      {failure && <Failure error={failure.error} testId="consent-error" />}
    </fieldset>
  );
}
