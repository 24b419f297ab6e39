import { useEffect, useRef, useState, type ReactNode } from 'react';
import L from 'leaflet';
import type { FeatureCollection } from 'geojson';
import type { LayerFeatures, LayerName } from '../../src/api/contract';
import type { LonLatBBox } from '../../src/domain/geometry';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { BasemapControl } from './BasemapControl';
import { BasemapLayer, type Basemap } from './BasemapLayer';
import { LayerControl } from './LayerControl';
import { FOCUS_STYLE, LAYER_ORDER, LAYER_STYLES } from './layer-styles';
import { VectorTileLayer } from './vector-tile-layer';

declare global {
  interface Window {
    /** Set only when the page is opened with `?test`, so e2e tests can project lon/lat to pixels. */
    __landlinkMap?: L.Map;
  }
}

/** A place to show, e.g. a data-check problem: fit `bbox`, mark `at`. A new object means a new request. */
export interface MapFocus {
  bbox: LonLatBBox;
  at: [number, number];
}

interface MapViewProps {
  extent: LonLatBBox | null;
  /** Bumped by the app after an import or edit: the layers are fetched again, the view stays. */
  dataVersion: number;
  /** False while a drawing tool owns the clicks. */
  picking: boolean;
  /** A click resolved by the store: the first parcel under the point (or null), and whether shift was held. */
  onPick: (id: number | null, additive: boolean) => void;
  onError: (err: unknown) => void;
  focus: MapFocus | null;
  /** Map-bound parts that own their own Leaflet layers, e.g. the edit layer. */
  children?: (map: L.Map) => ReactNode;
}

type LoadedLayers = { version: number; byName: { [K in LayerName]: { layer: VectorTileLayer; data: LayerFeatures } } };

const ALL_VISIBLE: Record<LayerName, boolean> = { parcels: true, homesteads: true, basic_farmland: true, linear_features: true };
/** Roughly the demo villages, used only for an empty project. */
const FALLBACK_VIEW: L.LatLngTuple = [34.86, 115.95];
const FIT_PADDING: L.FitBoundsOptions = { padding: [24, 24] };

const toBounds = ([w, s, e, n]: LonLatBBox) => L.latLngBounds([s, w], [n, e]);

/** The one owner of the Leaflet map (design.md §5): basemap, layers, click picking, and a slot for the edit layer. */
export function MapView({ extent, dataVersion, picking, onPick, onError, focus, children }: MapViewProps) {
  const { t } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  const [layers, setLayers] = useState<LoadedLayers | null>(null);
  // The layer and basemap panel folds away so it does not hide the parcels under it.
  const [panelOpen, setPanelOpen] = useState(true);
  const [visible, setVisible] = useState(ALL_VISIBLE);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const callbacks = useRef({ onPick, onError, picking });
  useEffect(() => {
    callbacks.current = { onPick, onError, picking };
  });

  useEffect(() => {
    if (!containerRef.current) return;
    const created = L.map(containerRef.current, {
      zoomControl: false,
      attributionControl: false,
      maxZoom: 20,
      minZoom: 5,
      // Quarter steps let the project extent fill the window; tiles are cut at the nearest whole zoom.
      zoomSnap: 0.25,
    });
    L.control.scale({ metric: true, imperial: false, position: 'bottomleft' }).addTo(created);
    if (new URLSearchParams(window.location.search).has('test')) window.__landlinkMap = created;
    setMap(created);
    return () => {
      created.remove();
      setMap(null);
    };
  }, []);

  // Zoom buttons are rebuilt on a language switch because Leaflet takes their titles only once.
  useEffect(() => {
    if (!map) return;
    const zoom = L.control.zoom({ position: 'topleft', zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
    return () => void zoom.remove();
  }, [map, t]);

  // Fit the project once: after an edit the extent changes, but the planner's view must stay.
  const fitted = useRef(false);
  useEffect(() => {
    if (!map || fitted.current) return;
    if (extent) {
      map.fitBounds(toBounds(extent), FIT_PADDING);
      fitted.current = true;
    } else map.setView(FALLBACK_VIEW, 13);
  }, [map, extent]);

  useEffect(() => {
    if (!map) return;
    let stale = false;
    Promise.all(LAYER_ORDER.map((name) => call('layers.features', { layer: name })))
      .then((collections) => {
        if (stale) return;
        const byName = {} as LoadedLayers['byName'];
        collections.forEach((data, i) => {
          byName[data.layer] = { data, layer: new VectorTileLayer(data as FeatureCollection, LAYER_STYLES[data.layer], { zIndex: i + 1 }) };
        });
        setLayers({ version: dataVersion, byName });
      })
      .catch((err: unknown) => !stale && callbacks.current.onError(err));
    return () => {
      stale = true;
    };
  }, [map, dataVersion]);

  useEffect(() => {
    if (!map || !layers) return;
    for (const name of LAYER_ORDER) {
      const { layer } = layers.byName[name];
      if (visible[name]) layer.addTo(map);
      else layer.remove();
    }
  }, [map, layers, visible]);

  useEffect(() => {
    if (!map || !layers) return;
    return () => LAYER_ORDER.forEach((name) => layers.byName[name].layer.remove());
  }, [map, layers]);

  // Picking asks the store (R-tree, then point-in-polygon) so it is independent of what is drawn.
  useEffect(() => {
    if (!map) return;
    let latest = 0;
    const onClick = (e: L.LeafletMouseEvent) => {
      if (!callbacks.current.picking) return;
      const ticket = ++latest;
      const additive = e.originalEvent.shiftKey;
      call('parcels.at', { lon: e.latlng.lng, lat: e.latlng.lat })
        .then(({ ids }) => ticket === latest && callbacks.current.onPick(ids[0] ?? null, additive))
        .catch((err: unknown) => callbacks.current.onError(err));
    };
    map.on('click', onClick);
    return () => void map.off('click', onClick);
  }, [map]);

  // Shift belongs to multi-select here, not to Leaflet's shift-drag box zoom.
  useEffect(() => {
    if (!map) return;
    map.boxZoom.disable();
  }, [map]);

  useEffect(() => {
    if (!map || !focus) return;
    map.fitBounds(toBounds(focus.bbox), { ...FIT_PADDING, maxZoom: 18 });
    const [lon, lat] = focus.at;
    const marker = L.circleMarker([lat, lon], { ...FOCUS_STYLE, interactive: false }).addTo(map);
    return () => void marker.remove();
  }, [map, focus]);

  const toggle = (name: LayerName) => setVisible((v) => ({ ...v, [name]: !v[name] }));
  const fitProject = () => extent && map?.fitBounds(toBounds(extent), FIT_PADDING);

  return (
    // The drawing class sits on the wrapper: React must not rewrite the classes Leaflet puts on its container.
    <div className={picking ? 'map-view' : 'map-view map-view--drawing'}>
      <div
        ref={containerRef}
        className="map-view__map"
        role="application"
        aria-label={t('map.aria')}
        data-testid="map"
        data-ready={layers ? 'true' : 'false'}
        data-version={layers?.version ?? -1}
      />
      <button type="button" className="map-view__fit" onClick={fitProject} disabled={!extent} title={t('map.fitProject')}>
        {t('map.fitProject')}
      </button>
      <div className="map-panel">
        <button
          type="button"
          className="map-panel__toggle"
          aria-expanded={panelOpen}
          onClick={() => setPanelOpen((open) => !open)}
          data-testid="map-panel-toggle"
        >
          {t('map.layers')} {panelOpen ? '▾' : '▸'}
        </button>
        <div className="map-panel__body" hidden={!panelOpen}>
          <LayerControl visible={visible} onToggle={toggle} />
          <BasemapControl onSelectedChange={setBasemap} />
        </div>
      </div>
      {map && <BasemapLayer map={map} basemap={basemap} />}
      {map && children?.(map)}
      {!layers && <div className="map-view__loading">{t('map.loadingLayers')}</div>}
    </div>
  );
}
