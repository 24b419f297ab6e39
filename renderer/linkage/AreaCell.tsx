import { useI18n } from '../i18n/I18nProvider';
import type { AreaFigures } from './linkage-api';

/** An area as the core rounded it from the exact sum: 亩 (2 decimals) and 公顷 (4); the exact m² rides along for tests. */
export function AreaCell({ figures, testId, hectares = true }: { figures: AreaFigures; testId?: string; hectares?: boolean }) {
  const { t } = useI18n();
  return (
    <td className="num" data-testid={testId} data-m2={figures.m2}>
      {t('linkage.area.mu', { value: figures.mu.toFixed(2) })}
      {hectares && <span className="linkage-ha"> {t('linkage.area.ha', { value: figures.ha.toFixed(4) })}</span>}
    </td>
  );
}
