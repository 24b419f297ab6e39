import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { formatShare } from './ledger-figures';
import { parameterUnit, valueKind } from './parameter-rows';

const grouped = (n: number): string => {
  const [whole, frac] = String(n).split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
};

/** One parameter value as a planner reads it: number with its unit, a fee, the trade scopes, the grade direction. */
export function ParameterValue({ rowKey, value }: { rowKey: string; value: unknown }) {
  const { t } = useI18n();
  switch (valueKind(rowKey)) {
    case 'fee': {
      const fee = value as { kind: 'share'; share: number } | { kind: 'perMu'; yuanPerMu: number };
      return <>{fee.kind === 'share' ? t('linkageBooks.fee.share', { share: formatShare(fee.share) }) : t('linkageBooks.fee.perMu', { value: grouped(fee.yuanPerMu) })}</>;
    }
    case 'scopes':
      return <>{(value as string[]).map((s) => t(`linkageBooks.scope.${s}` as MessageKey)).join(t('linkageBooks.listSeparator')) || t('common.none')}</>;
    case 'direction':
      return <>{t(`linkageBooks.direction.${String(value)}` as MessageKey)}</>;
    case 'number': {
      const unit = parameterUnit(rowKey);
      const n = value as number;
      if (unit === 'share') return <>{formatShare(n)}</>;
      return <>{unit === 'none' ? grouped(n) : t(`linkageBooks.paramUnit.${unit}` as MessageKey, { value: grouped(n) })}</>;
    }
  }
}
