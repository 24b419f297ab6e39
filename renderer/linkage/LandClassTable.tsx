import { formatMu } from '../../src/domain/units';
import { useI18n } from '../i18n/I18nProvider';
import type { ProjectView } from './linkage-api';

/** ZJ-10: the six land groups before and after the project in 亩, with totals that must agree. */
export function LandClassTable({ table }: { table: ProjectView['landClassTable'] }) {
  const { t } = useI18n();
  const mu = (m2: number) => formatMu(m2);
  return (
    <>
      <table className="cform-table linkage-land-classes" data-testid="linkage-land-classes" data-balanced={String(table.balanced)}>
        <thead>
          <tr>
            <th>{t('linkage.landClass.group')}</th>
            <th>{t('linkage.landClass.before')}</th>
            <th>{t('linkage.landClass.after')}</th>
            <th>{t('linkage.landClass.change')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.group} data-group={r.group}>
              <td>{t(`linkage.group.${r.group}`)}</td>
              <td className="num">{mu(r.beforeM2)}</td>
              <td className="num">{mu(r.afterM2)}</td>
              <td className="num">{mu(r.changeM2)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>{t('linkage.landClass.total')}</th>
            <th className="num" data-testid="land-total-before">
              {mu(table.total.beforeM2)}
            </th>
            <th className="num" data-testid="land-total-after">
              {mu(table.total.afterM2)}
            </th>
            <th className="num">{mu(table.total.changeM2)}</th>
          </tr>
        </tfoot>
      </table>
      <p className="hint">{t('linkage.landClass.unit')}</p>
      {table.mismatch && (
        <p className="cform-actions__blocked" role="alert">
          {table.mismatch}
        </p>
      )}
    </>
  );
}
