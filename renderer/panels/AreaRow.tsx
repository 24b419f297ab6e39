import { formatM2, formatMu } from '../../src/domain/units';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

interface AreaRowProps {
  label: MessageKey;
  hint: MessageKey;
  m2: number | null;
  testId: string;
}

/** One area in 亩 (2 decimals) with the exact m² figure on hover. */
export function AreaRow({ label, hint, m2, testId }: AreaRowProps) {
  const { t } = useI18n();
  return (
    <div className="area-row">
      <dt title={t(hint)}>
        {t(label)}
        <span className="area-row__hint">{t(hint)}</span>
      </dt>
      <dd>
        {m2 === null ? (
          <span data-testid={`${testId}-mu`}>{t('common.none')}</span>
        ) : (
          <span className="area-row__value" data-testid={`${testId}-mu`} title={t('unit.m2Value', { value: formatM2(m2) })}>
            {t('unit.muValue', { value: formatMu(m2) })}
          </span>
        )}
      </dd>
    </div>
  );
}
