import type { ImportTarget } from '../../src/domain/field-mapping';
import type { Inspection } from '../../src/api/methods/import';
import { useI18n } from '../i18n/I18nProvider';
import { baseName } from './source-files';
import { encodingHowKey, ENCODINGS, SRS_CHOICES, swapChoice, swapOption, withOption, type ReadOptions, type SwapChoice } from './source-options';

interface SourceOptionsProps {
  inspection: Inspection;
  options: ReadOptions;
  target: ImportTarget;
  disabled: boolean;
  onOptions: (next: ReadOptions) => void;
  onTarget: (next: ImportTarget) => void;
}

const TARGETS: readonly ImportTarget[] = ['parcels', 'homesteads', 'farmland'];

/** What was read and how: format, layer, CRS, encoding, axis order and target layer, each overridable. */
export function SourceOptions({ inspection, options, target, disabled, onOptions, onTarget }: SourceOptionsProps) {
  const { t, locale } = useI18n();
  const { crs, encoding } = inspection;
  const table = inspection.format === 'xlsx' || inspection.format === 'csv';
  return (
    <div className="form-grid" data-testid="import-source-options">
      <span className="form-grid__label">{t('import.format')}</span>
      <span data-testid="import-format">
        {t(`import.format.${inspection.format}`)} <span className="mono" title={inspection.file}>{baseName(inspection.file)}</span> ·{' '}
        {t('import.featureCount', { count: new Intl.NumberFormat(locale).format(inspection.featureCount) })}
      </span>

      {inspection.layers.length > 1 && (
        <>
          <label htmlFor="import-layer">{t('import.layer')}</label>
          <select id="import-layer" data-testid="import-layer" disabled={disabled} value={inspection.layer} onChange={(e) => onOptions(withOption(options, 'layer', e.target.value))}>
            {inspection.layers.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </>
      )}

      {!table && (
        <>
          <label htmlFor="import-crs">{t('import.crs')}</label>
          <span>
            <select
              id="import-crs"
              data-testid="import-crs"
              disabled={disabled}
              value={options.srsId ?? ''}
              onChange={(e) => onOptions(withOption(options, 'srsId', e.target.value ? Number(e.target.value) : undefined))}
            >
              <option value="">{t('import.crs.guessed', { srs: crs.srsId === null ? t('import.crs.unknown') : `EPSG:${crs.srsId}` })}</option>
              {SRS_CHOICES.map((c) => (
                <option key={c.srsId} value={c.srsId}>
                  {c.label}
                </option>
              ))}
            </select>
            <span className="form-grid__guess" data-testid="import-crs-how" title={crs.detail}>
              {t(`import.crs.how.${crs.how}`)}
            </span>
          </span>

          <label htmlFor="import-swap">{t('import.swap')}</label>
          <span>
            <select
              id="import-swap"
              data-testid="import-swap"
              disabled={disabled}
              value={swapChoice(options.swapXY)}
              onChange={(e) => onOptions(withOption(options, 'swapXY', swapOption(e.target.value as SwapChoice)))}
            >
              <option value="auto">{t(crs.swapped ? 'import.swap.autoSwapped' : 'import.swap.autoKept')}</option>
              <option value="swap">{t('import.swap.swap')}</option>
              <option value="keep">{t('import.swap.keep')}</option>
            </select>
          </span>
        </>
      )}

      {encoding && (
        <>
          <label htmlFor="import-encoding">{t('import.encoding')}</label>
          <span>
            <select
              id="import-encoding"
              data-testid="import-encoding"
              disabled={disabled}
              value={options.encoding ?? ''}
              onChange={(e) => onOptions(withOption(options, 'encoding', e.target.value || undefined))}
            >
              <option value="">{t('import.encoding.guessed', { label: encoding.label })}</option>
              {ENCODINGS.map((enc) => (
                <option key={enc} value={enc}>
                  {enc}
                </option>
              ))}
            </select>
            <span className="form-grid__guess" data-testid="import-encoding-how" title={encoding.detail}>
              {encodingHowKey(encoding.how) ? t(encodingHowKey(encoding.how)!) : encoding.how}
            </span>
          </span>
        </>
      )}

      {!table && (
        <>
          <label htmlFor="import-target">{t('import.target')}</label>
          <select id="import-target" data-testid="import-target" disabled={disabled} value={target} onChange={(e) => onTarget(e.target.value as ImportTarget)}>
            {TARGETS.map((tg) => (
              <option key={tg} value={tg}>
                {t(`import.target.${tg}`)}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
