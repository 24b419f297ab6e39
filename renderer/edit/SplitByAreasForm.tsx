import { useState, type FormEvent } from 'react';
import { formatMu } from '../../src/domain/units';
import { useI18n } from '../i18n/I18nProvider';
import { parseAreaList, type AreaListProblem } from './area-list';

export interface SplitByAreasRequest {
  areasMu: number[];
  bearingDeg?: number;
}

interface SplitByAreasFormProps {
  parcelCode: string;
  /** The parcel's ellipsoidal area, the figure the pieces are cut to. */
  parcelM2: number;
  busy: boolean;
  onSubmit: (request: SplitByAreasRequest) => void;
  onCancel: () => void;
}

/** Areas in 亩 as the planner reads them off the plan, e.g. "2.5, 3, 1.2"; the last piece takes the rest. */
export function SplitByAreasForm({ parcelCode, parcelM2, busy, onSubmit, onCancel }: SplitByAreasFormProps) {
  const { t } = useI18n();
  const [areas, setAreas] = useState('');
  const [bearing, setBearing] = useState('');
  const [problem, setProblem] = useState<AreaListProblem | { kind: 'bearing' } | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseAreaList(areas);
    if (!parsed.ok) return setProblem(parsed.problem);
    const bearingDeg = bearing.trim() === '' ? undefined : Number(bearing);
    if (bearingDeg !== undefined && !Number.isFinite(bearingDeg)) return setProblem({ kind: 'bearing' });
    setProblem(null);
    onSubmit({ areasMu: parsed.values, ...(bearingDeg === undefined ? {} : { bearingDeg }) });
  };

  return (
    <form className="panel-section edit-form" data-testid="split-areas-form" onSubmit={submit}>
      <header className="panel-section__header">
        <h2>{t('edit.splitAreas.title')}</h2>
      </header>
      <p className="hint">{t('edit.splitAreas.parcel', { code: parcelCode, area: formatMu(parcelM2) })}</p>
      <label className="edit-form__field">
        {t('edit.splitAreas.areas')}
        <input value={areas} onChange={(e) => setAreas(e.target.value)} placeholder="2.5, 3, 1.2" data-testid="split-areas-input" />
      </label>
      <label className="edit-form__field">
        {t('edit.splitAreas.bearing')}
        <input value={bearing} onChange={(e) => setBearing(e.target.value)} inputMode="decimal" data-testid="split-areas-bearing" />
      </label>
      <p className="hint">{t('edit.splitAreas.hint')}</p>
      {problem && (
        <p className="form-problem" role="alert" data-testid="split-areas-problem">
          {problem.kind === 'empty' && t('edit.splitAreas.empty')}
          {problem.kind === 'notNumber' && t('edit.splitAreas.notNumber', { token: problem.token })}
          {problem.kind === 'notPositive' && t('edit.splitAreas.notPositive', { token: problem.token })}
          {problem.kind === 'bearing' && t('edit.splitAreas.badBearing')}
        </p>
      )}
      <div className="edit-form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="split-areas-submit">
          {t('edit.splitAreas.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="split-areas-cancel">
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
