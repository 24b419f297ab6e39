import { useI18n } from '../i18n/I18nProvider';
import { AreaCell } from './AreaCell';
import type { ProjectView } from './linkage-api';

/** ZJ-02 in figures: Σ demolition, Σ construction and what the project frees, in 亩 and 公顷. */
export function BalanceTable({ balance }: { balance: ProjectView['balance'] }) {
  const { t } = useI18n();
  return (
    <table className="cform-table linkage-balance" data-testid="linkage-balance">
      <tbody>
        <tr>
          <th>{t('linkage.balance.demolition', { count: balance.demolition.parcels })}</th>
          <AreaCell figures={balance.demolition} testId="balance-demolition" />
        </tr>
        <tr>
          <th>{t('linkage.balance.construction', { count: balance.construction.parcels })}</th>
          <AreaCell figures={balance.construction} testId="balance-construction" />
        </tr>
        <tr className={balance.balance.m2 < 0 ? 'linkage-balance__short' : undefined}>
          <th>{t('linkage.balance.balance')}</th>
          <AreaCell figures={balance.balance} testId="balance-balance" />
        </tr>
      </tbody>
    </table>
  );
}
