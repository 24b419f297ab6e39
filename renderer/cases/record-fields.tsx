import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { m2ToMu, muToM2 } from '../../src/domain/units';

/** Labelled controls for the record forms; each reports its new value, the form keeps the record. */

function Row({ label, children }: { label: MessageKey; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <label className="cform-row">
      <span className="cform-row__label">{t(label)}</span>
      {children}
    </label>
  );
}

export function TextInput({ label, value, onChange, testId }: { label: MessageKey; value: string; onChange: (v: string) => void; testId: string }) {
  return (
    <Row label={label}>
      <input type="text" value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
    </Row>
  );
}

export function DateInput({ label, value, onChange, testId }: { label: MessageKey; value: string | null; onChange: (v: string | null) => void; testId: string }) {
  return (
    <Row label={label}>
      <input type="date" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} data-testid={testId} />
    </Row>
  );
}

/**
 * A number shown in the planner's unit and stored in the record's: `scale` is display units per stored
 * unit (100 for a percentage of a fraction, 亩 per m² for areas). An empty box stores null where allowed.
 */
export function NumberInput({ label, value, onChange, testId, unit, scale = 1 }: { label: MessageKey; value: number | null; onChange: (v: number | null) => void; testId: string; unit?: MessageKey; scale?: number }) {
  const { t } = useI18n();
  return (
    <Row label={label}>
      <span className="cform-number">
        <input
          type="number"
          step="any"
          min={0}
          value={value === null ? '' : Number((value * scale).toPrecision(12))}
          onChange={(e) => {
            if (e.target.value === '') return onChange(null);
            const n = Number(e.target.value);
            if (Number.isFinite(n)) onChange(n / scale);
          }}
          data-testid={testId}
        />
        {unit && <span className="cform-number__unit">{t(unit)}</span>}
      </span>
    </Row>
  );
}

/** A choice from an enum; option labels are `${prefix}.${value}`. */
export function ChoiceInput<V extends string>({ label, value, options, prefix, onChange, testId }: { label: MessageKey; value: V; options: readonly V[]; prefix: string; onChange: (v: V) => void; testId: string }) {
  const { t } = useI18n();
  return (
    <Row label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value as V)} data-testid={testId}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${prefix}.${o}` as MessageKey)}
          </option>
        ))}
      </select>
    </Row>
  );
}

/** An area kept in m² and entered in 亩, converted by the same exact rule as everywhere else. */
export function AreaInput({ label, value, onChange, testId }: { label: MessageKey; value: number; onChange: (m2: number) => void; testId: string }) {
  const { t } = useI18n();
  return (
    <Row label={label}>
      <span className="cform-number">
        <input type="number" step="any" min={0} value={Number(m2ToMu(value).toPrecision(12))} onChange={(e) => Number.isFinite(Number(e.target.value)) && onChange(muToM2(Number(e.target.value)))} data-testid={testId} />
        <span className="cform-number__unit">{t('cases.unit.mu')}</span>
      </span>
    </Row>
  );
}
