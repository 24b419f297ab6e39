import { formatM2, formatMu } from '../../src/domain/units';
import { useI18n } from '../i18n/I18nProvider';

export interface SplitOutcome {
  originalCode: string;
  /** The parcel's ellipsoidal area before the split. */
  originalM2: number;
  pieces: ReadonlyArray<{ id: number; code: string; m2: number }>;
}

/** The pieces of the last split with their ellipsoidal areas, their total (summed before rounding) and the original. */
export function PiecesSection({ outcome }: { outcome: SplitOutcome }) {
  const { t } = useI18n();
  const totalM2 = outcome.pieces.reduce((sum, p) => sum + p.m2, 0);
  const mu = (m2: number, testId: string) => (
    <td className="num" title={t('unit.m2Value', { value: formatM2(m2) })} data-testid={testId} data-m2={m2}>
      {t('unit.muValue', { value: formatMu(m2) })}
    </td>
  );
  return (
    <section className="panel-section" data-testid="pieces-panel">
      <h3>{t('pieces.title', { count: outcome.pieces.length })}</h3>
      <table className="pieces">
        <thead>
          <tr>
            <th>{t('parcel.code')}</th>
            <th className="num">{t('parcel.area.ellipsoid')}</th>
          </tr>
        </thead>
        <tbody>
          {outcome.pieces.map((piece, i) => (
            <tr key={piece.id} data-testid="piece-row">
              <td className="mono">{piece.code}</td>
              {mu(piece.m2, `piece-${i}-mu`)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th>{t('pieces.total')}</th>
            {mu(totalM2, 'pieces-total-mu')}
          </tr>
          <tr>
            <th>{t('pieces.original', { code: outcome.originalCode })}</th>
            {mu(outcome.originalM2, 'pieces-original-mu')}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
