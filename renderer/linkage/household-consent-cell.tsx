import { useState } from 'react';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';
import type { ConsentStatus, LinkageHousehold } from './household-form';
import { today } from '../calendar/today';

const STATUSES: readonly ConsentStatus[] = ['agreed', 'refused', 'pending'];

/** One household's consent: status and signing date, saved when changed (a signed form needs its date, pending none). */
export function HouseholdConsentCell({ household, onSaved }: { household: LinkageHousehold; onSaved(): void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<ConsentStatus>(household.consent.status);
  const [signedOn, setSignedOn] = useState(household.consent.signedOn ?? '');
  const [failure, setFailure] = useState<unknown>(null);
  const dirty = status !== household.consent.status || (status !== 'pending' && signedOn !== (household.consent.signedOn ?? ''));

  const save = () => {
    setFailure(null);
    const consent = { status, signedOn: status === 'pending' ? null : signedOn };
    call('linkage.households.setConsent', { id: household.id, consent }).then(onSaved, setFailure);
  };

  return (
    <div className="books-consent" data-testid={`consent-${household.code}`}>
      <select
        value={status}
        className={`books-consent__status books-consent__status--${status}`}
        onChange={(e) => {
          const next = e.target.value as ConsentStatus;
          setStatus(next);
          if (next !== 'pending' && !signedOn) setSignedOn(today());
        }}
        data-testid="consent-status"
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`linkageBooks.consent.${s}`)}
          </option>
        ))}
      </select>
      {status !== 'pending' && <input type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} aria-label={t('linkageBooks.consent.signedOn')} data-testid="consent-date" />}
      {dirty && (
        <button type="button" className="button button--primary books-small" disabled={status !== 'pending' && !signedOn} onClick={save} data-testid="consent-save">
          {t('linkageBooks.save')}
        </button>
      )}
      {failure !== null && <Failure error={failure} testId="consent-error" />}
    </div>
  );
}
