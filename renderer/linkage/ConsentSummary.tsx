import { useI18n } from '../i18n/I18nProvider';
import type { ProjectView } from './linkage-api';

/** ZJ-09 at a glance: households surveyed, agreed, refused and pending against the threshold in force. */
export function ConsentSummary({ consent }: { consent: ProjectView['consent'] }) {
  const { t } = useI18n();
  if (!consent) return <p className="hint" data-testid="linkage-consent">{t('linkage.consent.none')}</p>;
  const pct = (x: number) => (x * 100).toFixed(1);
  return (
    <p className={consent.met ? 'linkage-consent' : 'linkage-consent linkage-consent--short'} data-testid="linkage-consent" data-met={String(consent.met)}>
      {t('linkage.consent.summary', {
        households: consent.households,
        agreed: consent.agreed,
        refused: consent.refused,
        pending: consent.pending,
        rate: pct(consent.rate),
        threshold: pct(consent.threshold.value),
      })}
      <span className="cform-findings__basis">{t('linkage.consent.source', { source: consent.threshold.source, from: consent.threshold.effectiveFrom })}</span>
    </p>
  );
}
