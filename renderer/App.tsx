import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { ParcelDetail, ProjectInfo } from '../src/api/contract';
import type { Message } from '../src/domain/message';
import { call } from './api/client';
import { followCoreClock } from './calendar/today';
import type { SelectShape } from './contracts/SelectBoxLayer';
import { AmendmentForm } from './edit/AmendmentForm';
import { CreateParcelForm } from './edit/CreateParcelForm';
import { EditLayer } from './edit/EditLayer';
import { EditToolbar } from './edit/EditToolbar';
import { SplitByAreasForm } from './edit/SplitByAreasForm';
import { useLinkageMap } from './linkage/use-linkage-map';
import { useEditing, type AppliedEdit } from './edit/use-editing';
import { useHistoryKeys } from './edit/use-history-keys';
import { errorMessage } from './i18n/error-message';
import { useI18n } from './i18n/I18nProvider';
import { LOCALES, type MessageKey } from './i18n/messages';
import { MapView, type MapFocus } from './map/MapView';
import { LineageSection } from './panels/LineageSection';
import { ParcelPanel } from './panels/ParcelPanel';
import { PiecesSection, type SplitOutcome } from './panels/PiecesSection';
import { ProjectOverview } from './panels/ProjectOverview';
import { SelectionPanel } from './panels/SelectionPanel';
import { WriterStatus } from './panels/WriterStatus';

// Loaded on first use: they are large and pull in the zod schemas, whose start-up probe of `Function`
// would trip the page's script-src CSP before the planner has asked for them.
const ImportDialog = lazy(() => import('./import/ImportDialog').then((m) => ({ default: m.ImportDialog })));
const ExportDialog = lazy(() => import('./export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const ChecksPanel = lazy(() => import('./checks/ChecksPanel').then((m) => ({ default: m.ChecksPanel })));
const ContractsPanel = lazy(() => import('./contracts/ContractsPanel').then((m) => ({ default: m.ContractsPanel })));
const SelectBoxLayer = lazy(() => import('./contracts/SelectBoxLayer').then((m) => ({ default: m.SelectBoxLayer })));
const LinkagePanel = lazy(() => import('./linkage/LinkagePanel').then((m) => ({ default: m.LinkagePanel })));
const LinkageLayer = lazy(() => import('./linkage/LinkageLayer').then((m) => ({ default: m.LinkageLayer })));
const CaseBoard = lazy(() => import('./cases/CaseBoard').then((m) => ({ default: m.CaseBoard })));

/** The selected parcels, read from the store; `empty` when the last click hit no parcel. */
type Selection = { ids: number[]; empty: boolean };

const NO_SELECTION: Selection = { ids: [], empty: false };

/** Feedback on the last edit: done (with a message) or refused (with the core's reason). */
type EditNotice = { kind: 'done'; message: MessageKey } | { kind: 'refused'; reason: Message };

export function App() {
  const { t, locale, setLocale } = useI18n();
  const [info, setInfo] = useState<ProjectInfo | null>(null);
  // Wrapped so an error value is never mistaken for a state updater; translated at render time.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  /** Details of the selection, tagged with the ids they were read for. */
  const [loaded, setLoaded] = useState<{ key: string; parcels: ParcelDetail[] } | null>(null);
  const [dataVersion, setDataVersion] = useState(0);
  const [split, setSplit] = useState<SplitOutcome | null>(null);
  const [notice, setNotice] = useState<EditNotice | null>(null);
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const [dialog, setDialog] = useState<'import' | 'export' | 'cases' | null>(null);
  const [checksOpen, setChecksOpen] = useState(false);
  const [contractsOpen, setContractsOpen] = useState(false);
  const [selectShape, setSelectShape] = useState<SelectShape | null>(null);
  const [linkageOpen, setLinkageOpen] = useState(false);
  const linkage = useLinkageMap();
  const latestRead = useRef(0);

  const report = useCallback((error: unknown) => {
    console.error(error); // the core's own wording, for support; the user sees a translated sentence
    setFailure({ error });
  }, []);

  useEffect(() => {
    call('project.info', {}).then((read) => {
      followCoreClock(read.now);
      setInfo(read);
    }, report);
  }, [report, dataVersion]);

  // Details are re-read after every edit: an undo can change or remove a selected parcel.
  const selectedKey = selection.ids.join(',');
  useEffect(() => {
    const ids = selectedKey === '' ? [] : selectedKey.split(',').map(Number);
    const ticket = ++latestRead.current;
    Promise.all(ids.map((id) => call('parcels.get', { id }))).then(
      (parcels) => ticket === latestRead.current && setLoaded({ key: selectedKey, parcels }),
      (err: unknown) => {
        if (ticket !== latestRead.current) return;
        report(err);
        setSelection(NO_SELECTION);
      },
    );
  }, [selectedKey, dataVersion, report]);

  const select = useCallback((ids: number[], empty = false) => {
    setSelection({ ids, empty });
    setSplit(null);
  }, []);

  const pick = useCallback(
    (id: number | null, additive: boolean) => {
      setNotice(null);
      if (id === null) return additive ? undefined : select([], true);
      if (!additive) return select([id]);
      setSelection((s) => {
        const ids = s.ids.includes(id) ? s.ids.filter((x) => x !== id) : [...s.ids, id];
        return { ids, empty: false };
      });
      setSplit(null);
    },
    [select],
  );

  const addToSelection = useCallback((ids: readonly number[]) => {
    setSelection((s) => ({ ids: [...new Set([...s.ids, ...ids])], empty: false }));
    setSplit(null);
  }, []);

  const applied = useCallback((edit: AppliedEdit) => {
    setNotice({ kind: 'done', message: edit.message });
    if (!edit.select) return;
    setDataVersion((v) => v + 1);
    setSelection({ ids: edit.select, empty: false });
    setSplit(edit.split);
  }, []);
  const refused = useCallback((reason: Message) => setNotice({ kind: 'refused', reason }), []);

  const parcels = loaded?.key === selectedKey ? loaded.parcels : null;
  const single = parcels?.length === 1 ? parcels[0]! : null;
  const editing = useEditing({ target: single, selectedIds: selection.ids, onApplied: applied, onRefused: refused, onError: report });
  useHistoryKeys((step) => !editing.busy && editing.tool === null && editing.step(step));

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
        <div className="app-toolbar">
          {info && (
            <div className="toolbar-group">
              <button type="button" className="toolbar-button" onClick={() => setDialog('import')} data-testid="toolbar-import">
                {t('toolbar.import')}
              </button>
              <button type="button" className="toolbar-button" onClick={() => setDialog('export')} data-testid="toolbar-export">
                {t('toolbar.export')}
              </button>
              <button type="button" className="toolbar-button" aria-pressed={checksOpen} onClick={() => setChecksOpen((o) => !o)} data-testid="toolbar-checks">
                {t('toolbar.checks')}
              </button>
              <button
                type="button"
                className="toolbar-button"
                aria-pressed={contractsOpen}
                onClick={() => {
                  setContractsOpen((o) => !o);
                  setSelectShape(null);
                }}
                data-testid="toolbar-contracts"
              >
                {t('contract.toolbar')}
              </button>
              <button
                type="button"
                className="toolbar-button"
                aria-pressed={linkageOpen}
                onClick={() => {
                  setLinkageOpen((o) => !o);
                  linkage.setTool(null);
                }}
                data-testid="toolbar-linkage"
              >
                {t('linkage.toolbar')}
              </button>
              <button type="button" className="toolbar-button" aria-pressed={dialog === 'cases'} onClick={() => setDialog('cases')} data-testid="toolbar-cases">
                {t('cases.toolbar')}
              </button>
            </div>
          )}
        </div>
        <div className="lang-switch" role="group" aria-label={t('app.language')}>
          {LOCALES.map((l) => (
            <button key={l} type="button" aria-pressed={l === locale} onClick={() => setLocale(l)} data-testid={`lang-${l}`}>
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
      </header>
      {info && (
        <EditToolbar
          tool={editing.tool}
          selectedCount={selection.ids.length}
          busy={editing.busy}
          draftReady={editing.draft !== null}
          onTool={(tool) => {
            setNotice(null);
            editing.setTool(tool);
          }}
          onSave={editing.saveVertices}
          onMerge={editing.merge}
          onUndo={() => editing.step('undo')}
          onRedo={() => editing.step('redo')}
        />
      )}
      <WriterStatus />
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
          <MapView extent={info.extent} dataVersion={dataVersion} picking={(editing.tool === null || editing.tool === 'splitAreas') && selectShape === null && !(linkageOpen && linkage.tool)} onPick={pick} onError={report} focus={focus}>
            {(map) => (
              <>
                <EditLayer
                  map={map}
                  ids={selection.ids}
                  dataVersion={dataVersion}
                  tool={editing.tool}
                  onDraft={editing.setDraft}
                  onDrawn={editing.onDrawn}
                  onError={report}
                />
                {linkageOpen && (
                  <Suspense>
                    <LinkageLayer map={map} linkage={linkage} onError={report} />
                  </Suspense>
                )}
                {selectShape && (
                  <Suspense>
                    <SelectBoxLayer map={map} shape={selectShape} onSelected={(ids, additive) => (additive ? addToSelection(ids) : select(ids, ids.length === 0))} onError={report} />
                  </Suspense>
                )}
              </>
            )}
          </MapView>
        ) : (
          <div className="app-loading">{!failure && t('app.loading')}</div>
        )}
        <aside className="side-panel" aria-label={t('app.sidePanel')}>
          {checksOpen && (
            <Suspense>
              <ChecksPanel onZoom={(bbox, at) => setFocus({ bbox, at })} onClose={() => setChecksOpen(false)} />
            </Suspense>
          )}
          {contractsOpen && (
            <Suspense>
              <ContractsPanel
                selectedIds={selection.ids}
                parcels={parcels}
                shape={selectShape}
                onShape={setSelectShape}
                onAddParcels={addToSelection}
                onClose={() => {
                  setContractsOpen(false);
                  setSelectShape(null);
                }}
              />
            </Suspense>
          )}
          {linkageOpen && (
            <Suspense>
              <LinkagePanel
                linkage={linkage}
                onClose={() => {
                  setLinkageOpen(false);
                  linkage.setTool(null);
                }}
              />
            </Suspense>
          )}
          {editing.tool && (
            <p className="tool-hint" data-testid="tool-hint">
              {t(`edit.${editing.tool}Hint`)}
            </p>
          )}
          {notice && (
            <p className={notice.kind === 'refused' ? 'edit-notice edit-notice--refused' : 'edit-notice'} role="status" data-testid="edit-notice">
              {notice.kind === 'refused' ? t('edit.refused', { reason: notice.reason }) : t(notice.message)}
            </p>
          )}
          {editing.amendable && notice?.kind === 'refused' && (
            <AmendmentForm contracts={editing.amendable.contracts} busy={editing.busy} onSubmit={editing.amendable.retry} onCancel={editing.dismissAmendment} />
          )}
          {editing.newShape && <CreateParcelForm busy={editing.busy} onSubmit={editing.create} onCancel={() => editing.setTool(null)} />}
          {editing.tool === 'splitAreas' && single && (
            <SplitByAreasForm
              parcelCode={single.code}
              parcelM2={single.areas.ellipsoidM2}
              busy={editing.busy}
              onSubmit={editing.splitByAreas}
              onCancel={() => editing.setTool(null)}
            />
          )}
          {single && (
            <ParcelPanel parcel={single} onClose={() => select([])}>
              <LineageSection parcelId={single.id} dataVersion={dataVersion} onError={report} />
            </ParcelPanel>
          )}
          {parcels && parcels.length > 1 && <SelectionPanel parcels={parcels} onClear={() => select([])} />}
          {split && <PiecesSection outcome={split} />}
          {selection.ids.length > 0 && !parcels && <p className="hint">{t('parcel.loading')}</p>}
          {selection.ids.length === 0 && info && (
            <>
              {selection.empty && <p className="notice">{t('map.nothingHere')}</p>}
              <ProjectOverview info={info} />
            </>
          )}
        </aside>
      </main>
      <Suspense>
        {dialog === 'import' && (
          <ImportDialog
            onClose={() => setDialog(null)}
            onImported={() => {
              // The dialog stays open on its report; the map and the overview catch up behind it.
              select([]);
              setDataVersion((v) => v + 1);
            }}
          />
        )}
        {dialog === 'export' && <ExportDialog onClose={() => setDialog(null)} />}
        {dialog === 'cases' && <CaseBoard onClose={() => setDialog(null)} />}
      </Suspense>
    </div>
  );
}
