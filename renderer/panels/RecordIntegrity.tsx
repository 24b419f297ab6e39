import { useState } from 'react';
import { shortHash, type AuditChainHead, type AuditVerification } from '../../src/domain/audit-chain';
import { call } from '../api/client';
import { errorMessage } from '../i18n/error-message';
import { useI18n } from '../i18n/I18nProvider';

/**
 * 数据完整性: the audit chain head the printed footers carry, and a button that walks the whole chain and
 * the file's structure in the core. Keyed on the head by its parent, so a result never outlives an edit.
 */
export function RecordIntegrity({ head }: { head: AuditChainHead | null }) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<{ running: true } | { result: AuditVerification } | { error: unknown } | null>(null);
  const running = state !== null && 'running' in state;

  const verify = () => {
    setState({ running: true });
    call('audit.verify', {}).then((result) => setState({ result }), (error: unknown) => setState({ error }));
  };

  return (
    <div className="record-integrity" data-testid="record-integrity">
      <h3>{t('integrity.title')}</h3>
      <dl className="fields">
        <div className="field">
          <dt>{t('integrity.head')}</dt>
          <dd className="num" data-testid="audit-head">
            {head ? t('integrity.headValue', { id: head.id, hash: shortHash(head.hash) }) : t('integrity.noHead')}
          </dd>
        </div>
      </dl>
      <div className="button-row">
        <button type="button" className="button" disabled={running} onClick={verify} data-testid="verify-records">
          {t(running ? 'integrity.verifying' : 'integrity.verify')}
        </button>
      </div>
      {state && 'result' in state && (
        <div role="status" data-testid="verify-result" className={state.result.ok ? 'record-integrity__ok' : 'record-integrity__bad'}>
          {state.result.ok ? (
            <p>{t('integrity.ok', { rows: new Intl.NumberFormat(locale).format(state.result.rows) })}</p>
          ) : (
            <>
              <p data-testid="verify-finding">{t(`integrity.bad.${state.result.finding.problem}`, { id: state.result.finding.id ?? '' })}</p>
              <p className="hint">{state.result.finding.message}</p>
            </>
          )}
        </div>
      )}
      {state && 'error' in state && (
        <p className="record-integrity__bad" role="alert">
          {errorMessage(t, state.error)}
        </p>
      )}
      <p className="hint">{t('integrity.hint')}</p>
    </div>
  );
}
