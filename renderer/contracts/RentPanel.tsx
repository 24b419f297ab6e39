import { formatYuan, yuanInCapitals } from '../../src/domain/contract/capital-numerals';
import { formatMu } from '../../src/domain/units';
import { useI18n } from '../i18n/I18nProvider';
import type { RentPreview } from './rent-preview';

interface RentPanelProps {
  preview: RentPreview;
  householdNames: ReadonlyMap<number, string>;
}

/** Schedule rows shown before "show all": a 30-year contract with many households has hundreds. */
const SHOWN = 24;

/** 租金测算: the first year's rent per household and in total, the schedule, totals also in 大写. */
export function RentPanel({ preview, householdNames }: RentPanelProps) {
  const { t } = useI18n();
  if (!preview.ok) {
    return (
      <section className="cform-rent" data-testid="contract-rent">
        <h3>{t('contract.rent.title')}</h3>
        <p className="job-progress__error" data-testid="contract-rent-error">
          {preview.reason}
        </p>
      </section>
    );
  }
  const { firstYear, schedule, termYuan } = preview;
  const name = (id: number) => householdNames.get(id) ?? `#${id}`;
  return (
    <section className="cform-rent" data-testid="contract-rent">
      <h3>{t('contract.rent.title')}</h3>
      {firstYear.totalYuan === null ? (
        <p className="hint">{t('contract.rent.notMoney')}</p>
      ) : (
        <>
          <table className="cform-table">
            <thead>
              <tr>
                <th>{t('contract.rent.household')}</th>
                <th>{t('contract.rent.areaMu')}</th>
                <th>{t('contract.rent.annual')}</th>
              </tr>
            </thead>
            <tbody>
              {firstYear.households.map((h) => (
                <tr key={h.householdId} data-testid="rent-household">
                  <td>{name(h.householdId)}</td>
                  <td className="num">{formatMu(h.areaM2)}</td>
                  <td className="num">{formatYuan(h.yuan ?? 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="cform-rent__total" data-testid="rent-annual-total" data-yuan={firstYear.totalYuan}>
            {t('contract.rent.annualTotal', { yuan: formatYuan(firstYear.totalYuan), capitals: yuanInCapitals(firstYear.totalYuan) })}
          </p>
          {firstYear.dividendUnknown && <p className="hint">{t('contract.rent.dividendUnknown')}</p>}
          <p className="cform-rent__total" data-testid="rent-term-total" data-yuan={termYuan}>
            {t('contract.rent.termTotal', { yuan: formatYuan(termYuan), capitals: yuanInCapitals(termYuan) })}
          </p>
        </>
      )}
      {schedule.length > 0 && (
        <details className="cform-rent__schedule">
          <summary>{t('contract.rent.schedule', { count: schedule.length })}</summary>
          <table className="cform-table" data-testid="rent-schedule">
            <thead>
              <tr>
                <th>{t('contract.rent.year')}</th>
                <th>{t('contract.rent.due')}</th>
                <th>{t('contract.rent.household')}</th>
                <th>{t('contract.rent.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {schedule.slice(0, SHOWN).map((item, i) => (
                <tr key={i}>
                  <td className="num">{item.year}</td>
                  <td>{item.dueDate}</td>
                  <td>{name(item.householdId)}</td>
                  <td className="num">
                    {formatYuan(item.amountYuan)}
                    {item.estimated && <span title={t('contract.rent.estimatedHint')}> *</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {schedule.length > SHOWN && <p className="hint">{t('contract.rent.more', { count: schedule.length - SHOWN })}</p>}
        </details>
      )}
    </section>
  );
}
