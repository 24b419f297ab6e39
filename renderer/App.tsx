import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParcelDetail, ProjectInfo } from '../src/api/contract';
import { call } from './api/client';
import { errorMessage } from './i18n/error-message';
import { useI18n } from './i18n/I18nProvider';
import { LOCALES } from './i18n/messages';
import { MapView } from './map/MapView';
import { ParcelPanel } from './panels/ParcelPanel';
import { ProjectOverview } from './panels/ProjectOverview';

type Selection =
  | { state: 'none' }
  | { state: 'empty' } // clicked where there is no parcel
  | { state: 'loading'; id: number }
  | { state: 'shown'; parcel: ParcelDetail };

export function App() {
  const { t, locale, setLocale } = useI18n();
  const [info, setInfo] = useState<ProjectInfo | null>(null);
  // Wrapped so an error value is never mistaken for a state updater; translated at render time.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [selection, setSelection] = useState<Selection>({ state: 'none' });
  const latestPick = useRef(0);

  const report = useCallback((error: unknown) => {
    console.error(error); // the core's own wording, for support; the user sees a translated sentence
    setFailure({ error });
  }, []);

  useEffect(() => {
    call('project.info', {}).then(setInfo, report);
  }, [report]);

  const select = useCallback((id: number | null) => {
    const ticket = ++latestPick.current;
    if (id === null) return setSelection({ state: 'empty' });
    setSelection({ state: 'loading', id });
    call('parcels.get', { id }).then(
      (parcel) => ticket === latestPick.current && setSelection({ state: 'shown', parcel }),
      (err: unknown) => {
        if (ticket !== latestPick.current) return;
        report(err);
        setSelection({ state: 'none' });
      },
    );
  }, [report]);

  const selectedId = selection.state === 'shown' ? selection.parcel.id : selection.state === 'loading' ? selection.id : null;

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-header__title">{t('app.title')}</h1>
        {info && (
          <span className="app-header__project" data-testid="project-name">
            {info.name}
          </span>
        )}
        {info?.synthetic && (
          <span className="synthetic-notice" data-testid="synthetic-notice" title={t('app.syntheticHint')}>
            {t('app.syntheticNotice')}
          </span>
        )}
        <div className="lang-switch" role="group" aria-label={t('app.language')}>
          {LOCALES.map((l) => (
            <button key={l} type="button" aria-pressed={l === locale} onClick={() => setLocale(l)} data-testid={`lang-${l}`}>
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
      </header>
      {failure && (
        <div className="error-banner" role="alert" data-testid="error-banner">
          <strong>{t('error.title')}</strong> {errorMessage(t, failure.error)}
          <button type="button" className="icon-button" onClick={() => setFailure(null)} aria-label={t('parcel.close')}>
            ×
          </button>
        </div>
      )}
      <main className="app-main">
        {info ? (
          <MapView extent={info.extent} selectedId={selectedId} onSelect={select} onError={report} />
        ) : (
          <div className="app-loading">{!failure && t('app.loading')}</div>
        )}
        <aside className="side-panel" aria-label={t('app.sidePanel')}>
          {selection.state === 'shown' && <ParcelPanel parcel={selection.parcel} onClose={() => select(null)} />}
          {selection.state === 'loading' && <p className="hint">{t('parcel.loading')}</p>}
          {(selection.state === 'none' || selection.state === 'empty') && info && (
            <>
              {selection.state === 'empty' && <p className="notice">{t('map.nothingHere')}</p>}
              <ProjectOverview info={info} />
            </>
          )}
        </aside>
      </main>
    </div>
  );
}
