import type { ParcelDetail } from '../../src/api/contract';
import { formatM2, formatMu } from '../../src/domain/units';
import { useI18n } from '../i18n/I18nProvider';

interface SelectionPanelProps {
  parcels: readonly ParcelDetail[];
  onClear: () => void;
}

/** Several parcels picked with shift-click, e.g. before a merge: codes, areas and their total. */
export function SelectionPanel({ parcels, onClear }: SelectionPanelProps) {
  const { t } = useI18n();
  const totalM2 = parcels.reduce((sum, p) => sum + p.areas.ellipsoidM2, 0);
  const mu = (m2: number) => <span title={t('unit.m2Value', { value: formatM2(m2) })}>{t('unit.muValue', { value: formatMu(m2) })}</span>;
  return (
    <section className="panel-section" data-testid="selection-panel">
      <header className="panel-section__header">
        <h2>{t('selection.title', { count: parcels.length })}</h2>
        <button type="button" className="icon-button" onClick={onClear} title={t('selection.clear')} aria-label={t('selection.clear')}>
          ×
        </button>
      </header>
      <table className="pieces">
        <tbody>
          {parcels.map((p) => (
            <tr key={p.id} data-testid="selection-row">
              <td className="mono">{p.code}</td>
              <td>{p.name}</td>
              <td className="num">{mu(p.areas.ellipsoidM2)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={2}>{t('pieces.total')}</th>
            <td className="num">{mu(totalM2)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="hint">{t('selection.hint')}</p>
    </section>
  );
}
