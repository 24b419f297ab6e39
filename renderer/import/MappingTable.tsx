import type { FieldMapping, ImportTarget } from '../../src/domain/field-mapping';
import type { Inspection } from '../../src/api/methods/import';
import { useI18n } from '../i18n/I18nProvider';
import { mappingRows, withSource } from './mapping-table';

interface MappingTableProps {
  target: ImportTarget;
  mapping: FieldMapping;
  inspection: Inspection;
  disabled: boolean;
  onChange: (next: FieldMapping) => void;
}

const SAMPLES_SHOWN = 3;

/** LandLink field → source field, with a few values of the chosen field so the planner can see it fits. */
export function MappingTable({ target, mapping, inspection, disabled, onChange }: MappingTableProps) {
  const { t } = useI18n();
  const rows = mappingRows(target, mapping, inspection.fields);
  return (
    <div data-testid="import-mapping">
      {inspection.mappingRemembered && (
        <p className="notice-box" data-testid="import-mapping-remembered">
          {t('import.mapping.remembered')}
        </p>
      )}
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('import.mapping.landlinkField')}</th>
            <th>{t('import.mapping.sourceField')}</th>
            <th>{t('import.mapping.samples')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={row.missing ? 'is-missing' : undefined} data-testid={`import-mapping-row-${row.field}`}>
              <td>
                {t(`import.field.${row.field}`)}
                {row.required && <span className="required-mark" title={t('import.mapping.required')}>*</span>}
              </td>
              <td>
                <select
                  data-testid={`import-mapping-${row.field}`}
                  disabled={disabled}
                  value={row.source ?? ''}
                  onChange={(e) => onChange(withSource(mapping, row.field, e.target.value || null, inspection.fields))}
                >
                  <option value="">{t('import.mapping.none')}</option>
                  {inspection.fields.map((f) => (
                    <option key={f.name} value={f.name}>
                      {f.name}
                    </option>
                  ))}
                </select>
                {row.shared && <span className="form-grid__guess">{t('import.mapping.shared')}</span>}
              </td>
              <td className="samples">{row.samples.slice(0, SAMPLES_SHOWN).join(' · ') || t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {mapping.fields.registeredArea && (
        <div className="check-row">
          <label htmlFor="import-area-unit">{t('import.mapping.areaUnit')}</label>
          <select
            id="import-area-unit"
            data-testid="import-area-unit"
            disabled={disabled}
            value={mapping.registeredAreaUnit}
            onChange={(e) => onChange({ ...mapping, registeredAreaUnit: e.target.value as FieldMapping['registeredAreaUnit'] })}
          >
            <option value="mu">{t('import.mapping.unitMu')}</option>
            <option value="m2">{t('import.mapping.unitM2')}</option>
          </select>
        </div>
      )}
    </div>
  );
}
