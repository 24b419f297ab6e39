import { useState, type FormEvent } from 'react';
import { zhCN } from '../../resources/i18n/catalogues';
import type { LandClassCode } from '../../src/domain/land-class';
import { useI18n } from '../i18n/I18nProvider';

export interface NewParcelAttributes {
  /** Empty: the core numbers the parcel. */
  code?: string;
  name: string;
  landClass: LandClassCode;
}

interface CreateParcelFormProps {
  busy: boolean;
  onSubmit: (attributes: NewParcelAttributes) => void;
  onCancel: () => void;
}

/**
 * The land classes the UI can name (tests/renderer/i18n.test.ts keeps them in step with the domain).
 * Read from the catalogue, not from src/domain/land-class.ts, whose zod schemas would probe `Function`
 * at start-up and trip the page's script-src CSP.
 */
const LAND_CLASS_CODES = Object.keys(zhCN)
  .filter((key) => key.startsWith('landClass.'))
  .map((key) => key.slice('landClass.'.length) as LandClassCode);

/** The attributes a newly drawn parcel needs before it is saved. */
export function CreateParcelForm({ busy, onSubmit, onCancel }: CreateParcelFormProps) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [landClass, setLandClass] = useState<LandClassCode>('0103');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = code.trim();
    onSubmit({ ...(trimmed ? { code: trimmed } : {}), name: name.trim(), landClass });
  };

  return (
    <form className="panel-section edit-form" data-testid="create-parcel-form" onSubmit={submit}>
      <header className="panel-section__header">
        <h2>{t('edit.create.title')}</h2>
      </header>
      <label className="edit-form__field">
        {t('edit.create.code')}
        <input className="mono" value={code} onChange={(e) => setCode(e.target.value)} placeholder={t('edit.create.codeAuto')} data-testid="create-code" />
      </label>
      <label className="edit-form__field">
        {t('edit.create.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} required data-testid="create-name" />
      </label>
      <label className="edit-form__field">
        {t('edit.create.landClass')}
        <select value={landClass} onChange={(e) => setLandClass(e.target.value as LandClassCode)} data-testid="create-land-class">
          {LAND_CLASS_CODES.map((c) => (
            <option key={c} value={c}>
              {c} {t(`landClass.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="edit-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || name.trim() === ''} data-testid="create-submit">
          {t('edit.create.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="create-cancel">
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
