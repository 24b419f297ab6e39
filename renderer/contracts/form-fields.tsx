import { createContext, useContext, type ReactNode } from 'react';
import type { ContractDraft } from '../../src/domain/contract/contract-draft';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { getAt } from './draft-path';

/** The draft being edited and how to change one field of it, shared by every section of the form. */
export interface DraftBinding {
  draft: ContractDraft;
  patch: (path: string, value: unknown) => void;
  /** Paths with an error finding, outlined on their field. */
  flagged: ReadonlySet<string>;
  readOnly: boolean;
}

export const DraftContext = createContext<DraftBinding | null>(null);

export function useDraft(): DraftBinding {
  const binding = useContext(DraftContext);
  if (!binding) throw new Error('form fields must be inside <DraftContext>');
  return binding;
}

interface RowProps {
  path: string;
  label: MessageKey;
  children: ReactNode;
}

/** One labelled row; `data-path` lets a finding find and focus the control that fixes it. */
function Row({ path, label, children }: RowProps) {
  const { t } = useI18n();
  const { flagged } = useDraft();
  return (
    <label className={flagged.has(path) ? 'cform-row cform-row--flagged' : 'cform-row'} data-path-row={path}>
      <span className="cform-row__label">{t(label)}</span>
      {children}
    </label>
  );
}

const testId = (path: string) => `cf-${path.replace(/\./g, '-')}`;

export function TextField({ path, label, multiline }: { path: string; label: MessageKey; multiline?: boolean }) {
  const { draft, patch, readOnly } = useDraft();
  const value = String(getAt(draft, path) ?? '');
  const common = { value, readOnly, 'data-path': path, 'data-testid': testId(path) };
  return (
    <Row path={path} label={label}>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => patch(path, e.target.value)} />
      ) : (
        <input type="text" {...common} onChange={(e) => patch(path, e.target.value)} />
      )}
    </Row>
  );
}

export function DateField({ path, label, nullable }: { path: string; label: MessageKey; nullable?: boolean }) {
  const { draft, patch, readOnly } = useDraft();
  const value = getAt(draft, path);
  return (
    <Row path={path} label={label}>
      <input
        type="date"
        value={typeof value === 'string' ? value : ''}
        readOnly={readOnly}
        data-path={path}
        data-testid={testId(path)}
        onChange={(e) => (e.target.value || !nullable ? patch(path, e.target.value) : patch(path, null))}
      />
    </Row>
  );
}

/** A number field; an empty box stores null where the schema allows it, else keeps the last number. */
export function NumberField({ path, label, step, nullable, unit }: { path: string; label: MessageKey; step?: number; nullable?: boolean; unit?: MessageKey }) {
  const { t } = useI18n();
  const { draft, patch, readOnly } = useDraft();
  const value = getAt(draft, path);
  return (
    <Row path={path} label={label}>
      <span className="cform-number">
        <input
          type="number"
          value={typeof value === 'number' ? value : ''}
          step={step ?? 'any'}
          min={0}
          readOnly={readOnly}
          data-path={path}
          data-testid={testId(path)}
          onChange={(e) => {
            if (e.target.value === '') return nullable && patch(path, null);
            const n = Number(e.target.value);
            if (Number.isFinite(n)) patch(path, n);
          }}
        />
        {unit && <span className="cform-number__unit">{t(unit)}</span>}
      </span>
    </Row>
  );
}

/** A choice from an enum; option labels are `${prefix}.${value}`. */
export function SelectField<V extends string>({ path, label, options, prefix }: { path: string; label: MessageKey; options: readonly V[]; prefix: string }) {
  const { t } = useI18n();
  const { draft, patch, readOnly } = useDraft();
  return (
    <Row path={path} label={label}>
      <select value={String(getAt(draft, path))} disabled={readOnly} data-path={path} data-testid={testId(path)} onChange={(e) => patch(path, e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${prefix}.${o}` as MessageKey)}
          </option>
        ))}
      </select>
    </Row>
  );
}

export function CheckField({ path, label }: { path: string; label: MessageKey }) {
  const { t } = useI18n();
  const { draft, patch, readOnly, flagged } = useDraft();
  return (
    <label className={flagged.has(path) ? 'cform-check cform-row--flagged' : 'cform-check'} data-path-row={path}>
      <input type="checkbox" checked={getAt(draft, path) === true} disabled={readOnly} data-path={path} data-testid={testId(path)} onChange={(e) => patch(path, e.target.checked)} />
      {t(label)}
    </label>
  );
}

/** An optional block (risk fund, agent, …): ticking it fills the schema's required fields with `initial`. */
export function OptionalBlock({ path, label, initial, children }: { path: string; label: MessageKey; initial: unknown; children: ReactNode }) {
  const { t } = useI18n();
  const { draft, patch, readOnly, flagged } = useDraft();
  const on = getAt(draft, path) != null;
  return (
    <div className={flagged.has(path) ? 'cform-optional cform-row--flagged' : 'cform-optional'} data-path-row={path}>
      <label className="cform-check">
        <input type="checkbox" checked={on} disabled={readOnly} data-path={path} data-testid={testId(path)} onChange={(e) => patch(path, e.target.checked ? initial : null)} />
        {t(label)}
      </label>
      {on && <div className="cform-optional__body">{children}</div>}
    </div>
  );
}

export function Section({ id, title, children }: { id: string; title: MessageKey; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <fieldset className="cform-section" data-testid={`cf-section-${id}`}>
      <legend>{t(title)}</legend>
      {children}
    </fieldset>
  );
}
