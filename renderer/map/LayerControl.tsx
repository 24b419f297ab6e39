import type { LayerName } from '../../src/api/contract';
import { useI18n } from '../i18n/I18nProvider';
import { LAYER_ORDER, LAYER_SWATCH } from './layer-styles';

interface LayerControlProps {
  visible: Record<LayerName, boolean>;
  onToggle: (layer: LayerName) => void;
}

/** Layer toggles with a legend swatch; listed top layer first, as GIS users expect. */
export function LayerControl({ visible, onToggle }: LayerControlProps) {
  const { t } = useI18n();
  return (
    <fieldset className="layer-control" data-testid="layer-control">
      <legend>{t('map.layers')}</legend>
      {[...LAYER_ORDER].reverse().map((layer) => {
        const swatch = LAYER_SWATCH[layer];
        return (
          <label key={layer} className="layer-control__item">
            <input type="checkbox" checked={visible[layer]} onChange={() => onToggle(layer)} data-testid={`layer-toggle-${layer}`} />
            <span
              className={swatch.hatched ? 'swatch swatch--hatched' : 'swatch'}
              style={{ backgroundColor: swatch.fill, borderColor: swatch.stroke }}
              aria-hidden="true"
            />
            {t(`layer.${layer}`)}
          </label>
        );
      })}
    </fieldset>
  );
}
