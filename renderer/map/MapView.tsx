import { useEffect, useRef, useState } from 'react';
import L from 'leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import type { LayerFeatures, LayerName } from '../../src/api/contract';
import type { LonLatBBox } from '../../src/domain/geometry';
import { call } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { LayerControl } from './LayerControl';
import { LAYER_ORDER, LAYER_STYLES, SELECTION_STYLE } from './layer-styles';
import { VectorTileLayer } from './vector-tile-layer';

declare global {
  interface Window {
    /** Set only when the page is opened with `?test`, so e2e tests can project lon/lat to pixels. */
    __landlinkMap?: L.Map;
  }
}

interface MapViewProps {
  extent: LonLatBBox | null;
  selectedId: number | null;
  /** A click resolved by the store: the first parcel under the point, or null for none. */
  onSelect: (id: number | null) => void;
  onError: (err: unknown) => void;
}

type LoadedLayers = { [K in LayerName]: { layer: VectorTileLayer; data: LayerFeatures } };

const ALL_VISIBLE: Record<LayerName, boolean> = { parcels: true, homesteads: true, basic_farmland: true, linear_features: true };
/** Roughly the demo villages, used only for an empty project. */
const FALLBACK_VIEW: L.LatLngTuple = [34.86, 115.95];

const toBounds = ([w, s, e, n]: LonLatBBox) => L.latLngBounds([s, w], [n, e]);

/** The one owner of the Leaflet map (design.md §5): layers, selection highlight and click picking. */
export function MapView({ extent, selectedId, onSelect, onError }: MapViewProps) {
  const { t } = useI18n();
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  const [layers, setLayers] = useState<LoadedLayers | null>(null);
  const [visible, setVisible] = useState(ALL_VISIBLE);
  const callbacks = useRef({ onSelect, onError });
  useEffect(() => {
    callbacks.current = { onSelect, onError };
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

  useEffect(() => {
    if (!map) return;
    if (extent) map.fitBounds(toBounds(extent), { padding: [24, 24] });
    else map.setView(FALLBACK_VIEW, 13);
  }, [map, extent]);

  useEffect(() => {
    if (!map) return;
    let stale = false;
    Promise.all(LAYER_ORDER.map((name) => call('layers.features', { layer: name })))
      .then((collections) => {
        if (stale) return;
        const loaded = {} as LoadedLayers;
        collections.forEach((data, i) => {
          loaded[data.layer] = { data, layer: new VectorTileLayer(data as FeatureCollection, LAYER_STYLES[data.layer], { zIndex: i + 1 }) };
        });
        setLayers(loaded);
      })
      .catch((err: unknown) => !stale && callbacks.current.onError(err));
    return () => {
      stale = true;
    };
  }, [map]);

  useEffect(() => {
    if (!map || !layers) return;
    for (const name of LAYER_ORDER) {
      const { layer } = layers[name];
      if (visible[name]) layer.addTo(map);
      else layer.remove();
    }
  }, [map, layers, visible]);

  useEffect(() => {
    if (!map || !layers) return;
    return () => LAYER_ORDER.forEach((name) => layers[name].layer.remove());
  }, [map, layers]);

  // Picking asks the store (R-tree, then point-in-polygon) so it is independent of what is drawn.
  useEffect(() => {
    if (!map) return;
    let latest = 0;
    const onClick = (e: L.LeafletMouseEvent) => {
      const ticket = ++latest;
      call('parcels.at', { lon: e.latlng.lng, lat: e.latlng.lat })
        .then(({ ids }) => ticket === latest && callbacks.current.onSelect(ids[0] ?? null))
        .catch((err: unknown) => callbacks.current.onError(err));
    };
    map.on('click', onClick);
    return () => void map.off('click', onClick);
  }, [map]);

  useEffect(() => {
    if (!map || !layers || selectedId === null) return;
    const feature = layers.parcels.data.features.find((f) => f.id === selectedId);
    if (!feature) return;
    const highlight = L.geoJSON(feature as Feature, { style: SELECTION_STYLE, interactive: false }).addTo(map);
    return () => void highlight.remove();
  }, [map, layers, selectedId]);

  const toggle = (name: LayerName) => setVisible((v) => ({ ...v, [name]: !v[name] }));
  const fitProject = () => extent && map?.fitBounds(toBounds(extent), { padding: [24, 24] });

  return (
    <div className="map-view">
      <div ref={containerRef} className="map-view__map" role="application" aria-label={t('map.aria')} data-testid="map" data-ready={layers ? 'true' : 'false'} />
      <button type="button" className="map-view__fit" onClick={fitProject} disabled={!extent} title={t('map.fitProject')}>
        {t('map.fitProject')}
      </button>
      <LayerControl visible={visible} onToggle={toggle} />
      {!layers && <div className="map-view__loading">{t('map.loadingLayers')}</div>}
    </div>
  );
}
