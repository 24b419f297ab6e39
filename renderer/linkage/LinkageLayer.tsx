import { useEffect, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { call } from '../api/client';
import { L, SNAP_DISTANCE_PX } from '../edit/geoman';
import { featuresAt, toggled } from './homestead-pick';
import type { DrawnPolygon, ParcelFeatures } from './linkage-api';
import type { LinkageMap } from './use-linkage-map';

type Kind = ParcelFeatures['features'][number]['properties']['kind'];
type Homesteads = Parameters<typeof featuresAt>[0];

/** Boundary dashed, demolition (拆旧) red, construction (建新) blue: the colours of the printed proposal maps. */
const STYLES: Record<Kind, L.PathOptions> = {
  area: { color: '#333333', weight: 2, dashArray: '8 6', fill: false },
  demolition: { color: '#d0342c', weight: 1.5, fillColor: '#d0342c', fillOpacity: 0.35 },
  construction: { color: '#1d5fa8', weight: 2, fillColor: '#1d5fa8', fillOpacity: 0.3 },
};
const PICKED_STYLE: L.PathOptions = { color: '#7a1f9c', weight: 2, fillColor: '#7a1f9c', fillOpacity: 0.45 };
const FIT: L.FitBoundsOptions = { padding: [32, 32], maxZoom: 18 };

interface LinkageLayerProps {
  map: L.Map;
  linkage: LinkageMap;
  onError: (err: unknown) => void;
}

/**
 * The selected linkage project on the map (MapView's slot): its boundary and parcels, fitted once
 * when the project opens, and the drawing and homestead-picking tools of the linkage panel.
 */
export function LinkageLayer({ map, linkage, onError }: LinkageLayerProps) {
  const { projectId, version, tool, drawn, homesteads, setDrawn, setHomesteads } = linkage;
  const [features, setFeatures] = useState<ParcelFeatures | null>(null);
  const fittedFor = useRef<number | null>(null);

  useEffect(() => {
    setFeatures(null);
    if (projectId === null) return;
    let stale = false;
    call('linkage.parcels.features', { projectId }).then(
      (data) => !stale && setFeatures(data),
      (err: unknown) => !stale && onError(err),
    );
    return () => {
      stale = true;
    };
  }, [projectId, version, onError]);

  useEffect(() => {
    if (!features) return;
    const layer = L.geoJSON(features as FeatureCollection, {
      style: (f) => STYLES[(f?.properties as { kind: Kind }).kind],
      interactive: false,
      pmIgnore: true,
      snapIgnore: false,
    } as L.GeoJSONOptions).addTo(map);
    const container = map.getContainer();
    container.dataset.linkageFeatures = String(features.features.length);
    // Fit once per opened project: after a parcel is added the planner's view must stay.
    if (fittedFor.current !== projectId && features.features.length > 0) map.fitBounds(layer.getBounds(), FIT);
    fittedFor.current = projectId;
    return () => {
      layer.remove();
      delete container.dataset.linkageFeatures;
    };
  }, [map, features, projectId]);

  // Drawing a parcel or the boundary; the finished polygon stays shown until its form is saved or cancelled.
  useEffect(() => {
    if (tool === null || tool === 'homesteads' || drawn) return;
    const container = map.getContainer();
    container.dataset.linkageDrawing = tool;
    const onCreate = (e: { layer: L.Layer }) => {
      const geometry = (e.layer as L.Polygon).toGeoJSON(false).geometry as DrawnPolygon;
      e.layer.remove();
      setDrawn(geometry);
    };
    map.on('pm:create', onCreate);
    map.pm.enableDraw('Polygon', { snappable: true, snapDistance: SNAP_DISTANCE_PX, finishOn: null });
    return () => {
      map.off('pm:create', onCreate);
      map.pm.disableDraw();
      delete container.dataset.linkageDrawing;
    };
  }, [map, tool, drawn, setDrawn]);

  useEffect(() => {
    if (!drawn || (tool !== 'construction' && tool !== 'demolition' && tool !== 'area')) return;
    const layer = L.geoJSON(drawn, { style: { ...STYLES[tool === 'area' ? 'area' : tool], dashArray: '4 4' }, interactive: false, pmIgnore: true } as L.GeoJSONOptions).addTo(map);
    return () => void layer.remove();
  }, [map, drawn, tool]);

  // Picking homesteads: the layer is small (one polygon per homestead), so it is read once and hit-tested here.
  const [homesteadLayer, setHomesteadLayer] = useState<Homesteads | null>(null);
  useEffect(() => {
    if (tool !== 'homesteads' || homesteadLayer) return;
    call('layers.features', { layer: 'homesteads' }).then((data) => setHomesteadLayer(data.features as Homesteads), onError);
  }, [tool, homesteadLayer, onError]);

  const picked = useRef(homesteads);
  useEffect(() => {
    picked.current = homesteads;
  });
  useEffect(() => {
    if (tool !== 'homesteads' || !homesteadLayer) return;
    const container = map.getContainer();
    container.dataset.linkageDrawing = tool;
    const onClick = (e: L.LeafletMouseEvent) => {
      const [id] = featuresAt(homesteadLayer, e.latlng.lng, e.latlng.lat);
      if (id !== undefined) setHomesteads(toggled(picked.current, id));
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
      delete container.dataset.linkageDrawing;
    };
  }, [map, tool, homesteadLayer, setHomesteads]);

  useEffect(() => {
    if (tool !== 'homesteads' || !homesteadLayer || homesteads.length === 0) return;
    const chosen = new Set(homesteads);
    const layer = L.geoJSON({ type: 'FeatureCollection', features: homesteadLayer.filter((f) => chosen.has(f.id)) } as unknown as FeatureCollection, {
      style: PICKED_STYLE,
      interactive: false,
      pmIgnore: true,
    } as L.GeoJSONOptions).addTo(map);
    return () => void layer.remove();
  }, [map, tool, homesteadLayer, homesteads]);

  return null;
}
