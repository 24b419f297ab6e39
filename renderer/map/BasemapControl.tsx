import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BasemapInfo } from '../../src/api/methods/basemaps';
import { ApiCallError, call } from '../api/client';
import { errorMessage } from '../i18n/error-message';
import { useI18n, type I18n } from '../i18n/I18nProvider';

interface BasemapControlProps {
  /** The basemap to show (null for none): called once the list has loaded and after every change. */
  onSelectedChange: (basemap: BasemapInfo | null) => void;
}

interface Problem {
  text: string;
  /** The core's own wording (names the file and the reason), shown as a tooltip. */
  detail?: string;
}

function addProblem(t: I18n['t'], err: unknown): Problem {
  const detail = err instanceof Error ? err.message : undefined;
  if (err instanceof ApiCallError && err.code === 'bad_input') return { text: t('basemap.notMbtiles'), detail };
  if (err instanceof ApiCallError && err.code === 'conflict') return { text: t('basemap.alreadyAdded'), detail };
  return { text: errorMessage(t, err), detail };
}

/** Chooses the basemap (or none), adds an MBTiles file by path and removes basemaps; the project remembers the choice. */
export function BasemapControl({ onSelectedChange }: BasemapControlProps) {
  const { t } = useI18n();
  const [basemaps, setBasemaps] = useState<BasemapInfo[]>([]);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  // A ref, so a parent passing a new callback each render does not refetch the list.
  const notify = useRef(onSelectedChange);
  notify.current = onSelectedChange;

  const show = (list: BasemapInfo[]) => {
    setBasemaps(list);
    setProblem(null);
    notify.current(list.find((b) => b.selected) ?? null);
  };

  useEffect(() => {
    let stale = false;
    call('basemaps.list', {}).then(
      (list) => !stale && show(list),
      (err: unknown) => !stale && setProblem({ text: t('basemap.loadFailed'), detail: err instanceof Error ? err.message : undefined }),
    );
    return () => {
      stale = true;
    };
    // Loaded once per mount; `t` only words the failure.
  }, []);

  const select = (id: number | null) => call('basemaps.select', { id }).then(show, (err: unknown) => setProblem({ text: errorMessage(t, err) }));
  const remove = (id: number) => call('basemaps.remove', { id }).then(show, (err: unknown) => setProblem({ text: errorMessage(t, err) }));

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!path.trim() || busy) return;
    setBusy(true);
    // A planner who adds a basemap wants to see it, so it becomes the selected one.
    call('basemaps.add', { path: path.trim() })
      .then((added) => call('basemaps.select', { id: added.id }))
      .then((list) => {
        show(list);
        setPath('');
      }, (err: unknown) => setProblem(addProblem(t, err)))
      .finally(() => setBusy(false));
  };

  const selected = basemaps.find((b) => b.selected)?.id ?? null;
  return (
    <fieldset className="layer-control basemap-control" data-testid="basemap-control">
      <legend>{t('basemap.title')}</legend>
      <label className="layer-control__item">
        <input type="radio" name="basemap" checked={selected === null} onChange={() => void select(null)} data-testid="basemap-none" />
        {t('basemap.none')}
      </label>
      {basemaps.map((b) => (
        <div key={b.id} className="layer-control__item">
          <label title={b.path}>
            <input type="radio" name="basemap" checked={selected === b.id} onChange={() => void select(b.id)} data-testid={`basemap-${b.id}`} />
            {b.name} <span className="hint">({t(b.kind === 'raster' ? 'basemap.raster' : 'basemap.vector')}, {t('basemap.zoomRange', { min: b.minZoom, max: b.maxZoom })})</span>
          </label>
          <button type="button" onClick={() => void remove(b.id)} aria-label={t('basemap.removeLabel', { name: b.name })} title={t('basemap.removeLabel', { name: b.name })}>
            {t('basemap.remove')}
          </button>
        </div>
      ))}
      <form onSubmit={add} className="basemap-control__add">
        <label>
          {t('basemap.pathLabel')}
          <input
            type="text"
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder={t('basemap.pathPlaceholder')}
            spellCheck={false}
            data-testid="basemap-path"
          />
        </label>
        <button type="submit" disabled={busy || !path.trim()} data-testid="basemap-add">
          {busy ? t('basemap.adding') : t('basemap.add')}
        </button>
      </form>
      {problem && (
        <p className="hint" role="alert" title={problem.detail} data-testid="basemap-error">
          {problem.text}
        </p>
      )}
    </fieldset>
  );
}
