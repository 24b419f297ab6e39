import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { call } from '../api/client';
import { boxRing, closeRing, interiorIntersects, ringBBox, type SelectionRing } from './selection-shape';

export type SelectShape = 'box' | 'lasso';

interface SelectBoxLayerProps {
  map: L.Map;
  shape: SelectShape;
  /** The parcels whose interior meets the drawn shape; additive when shift was held at the start. */
  onSelected: (ids: number[], additive: boolean) => void;
  onError: (err: unknown) => void;
}

/** The store caps a box query; a box wider than this many parcels is a mistake rather than a selection. */
const CANDIDATE_LIMIT = 5000;
const DRAW_STYLE: L.PathOptions = { color: '#1d5fa8', weight: 2, dashArray: '4 4', fill: true, fillOpacity: 0.08, interactive: false };

/**
 * Box or lasso selection on the map, mounted in MapView's slot for map-bound parts. The box goes to the
 * store's R-tree ('parcels.inView'); each candidate is then kept only if its interior meets the shape.
 */
export function SelectBoxLayer({ map, shape, onSelected, onError }: SelectBoxLayerProps) {
  const callbacks = useRef({ onSelected, onError });
  useEffect(() => {
    callbacks.current = { onSelected, onError };
  });

  useEffect(() => {
    map.dragging.disable();
    // Marks the map as drawing a selection: a crosshair cursor, and a sign for tests that the layer is live.
    const container = map.getContainer();
    container.dataset.selecting = shape;
    let points: [number, number][] | null = null;
    let additive = false;
    let drawn: L.Polygon | null = null;

    const ring = (): SelectionRing => {
      if (!points || points.length < 2) return [];
      if (shape === 'lasso') return closeRing(points);
      return boxRing(ringBBox(points));
    };
    const redraw = () => {
      const r = ring();
      drawn?.remove();
      drawn = r.length > 0 ? L.polygon(r.map(([lon, lat]) => [lat, lon] as L.LatLngTuple), DRAW_STYLE).addTo(map) : null;
    };
    const down = (e: L.LeafletMouseEvent) => {
      points = [[e.latlng.lng, e.latlng.lat]];
      additive = e.originalEvent.shiftKey;
    };
    const move = (e: L.LeafletMouseEvent) => {
      if (!points) return;
      const p: [number, number] = [e.latlng.lng, e.latlng.lat];
      if (shape === 'box') points = [points[0]!, p];
      else points.push(p);
      redraw();
    };
    const up = () => {
      const r = ring();
      points = null;
      drawn?.remove();
      drawn = null;
      if (r.length < 4) return;
      select(r).then(
        (ids) => callbacks.current.onSelected(ids, additive),
        (err: unknown) => callbacks.current.onError(err),
      );
    };
    map.on('mousedown', down);
    map.on('mousemove', move);
    map.on('mouseup', up);
    return () => {
      map.off('mousedown', down);
      map.off('mousemove', move);
      map.off('mouseup', up);
      drawn?.remove();
      delete container.dataset.selecting;
      map.dragging.enable();
    };
  }, [map, shape]);

  return null;
}

async function select(ring: SelectionRing): Promise<number[]> {
  const { items } = await call('parcels.inView', { bbox: ringBBox(ring), limit: CANDIDATE_LIMIT });
  const geometries = await Promise.all(items.map((item) => call('parcels.geometry', { id: item.id })));
  return geometries.filter((g) => interiorIntersects(g.geometry, ring)).map((g) => g.id);
}
