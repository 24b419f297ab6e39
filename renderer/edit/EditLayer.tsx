import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { MethodOutput } from '../../src/api/contract';
import type { LonLatBBox } from '../../src/domain/geometry';
import { call } from '../api/client';
import { EDITING_STYLE, SELECTION_STYLE, SNAP_TARGET_STYLE } from '../map/layer-styles';
import { drawShapeOf, type DrawnShape, type EditTool } from './edit-tool';
import { L, SNAP_DISTANCE_PX } from './geoman';

type ParcelGeometry = MethodOutput<'parcels.geometry'>['geometry'];

interface EditLayerProps {
  map: L.Map;
  /** The selected parcels: drawn here at full precision, so the edit starts from the stored vertices. */
  ids: readonly number[];
  dataVersion: number;
  tool: EditTool | null;
  /** The edited outline after every vertex move (tool `vertices`). */
  onDraft: (geometry: ParcelGeometry) => void;
  onDrawn: (shape: DrawnShape) => void;
  onError: (err: unknown) => void;
}

const fetchGeometry = (id: number) => call('parcels.geometry', { id }).then((r) => r.geometry);

/** Below this zoom the neighbours are too many and too small to snap to by hand. */
const SNAP_MIN_ZOOM = 15;

const bboxOf = (bounds: L.LatLngBounds): LonLatBBox => [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];

/**
 * The small editable layer of design.md §5 (leaflet-geoman): the selected parcels, their neighbours
 * as snap targets while a tool is active, and the drawing modes. The tiled canvas stays for display.
 */
export function EditLayer({ map, ids, dataVersion, tool, onDraft, onDrawn, onError }: EditLayerProps) {
  const [shapes, setShapes] = useState<ParcelGeometry[]>([]);
  const idsKey = ids.join(',');

  useEffect(() => {
    let stale = false;
    const wanted = idsKey === '' ? [] : idsKey.split(',').map(Number);
    Promise.all(wanted.map(fetchGeometry)).then(
      (list) => !stale && setShapes(list),
      (err: unknown) => !stale && onError(err),
    );
    return () => {
      stale = true;
    };
  }, [idsKey, dataVersion, onError]);

  // The selection, editable in place with snapping when the vertex tool is on.
  useEffect(() => {
    const editing = tool === 'vertices' && shapes.length === 1;
    const group = L.featureGroup().addTo(map);
    for (const geometry of shapes) {
      const layer = L.geoJSON(geometry, {
        style: editing ? EDITING_STYLE : SELECTION_STYLE,
        interactive: false,
        pmIgnore: !editing,
      } as L.GeoJSONOptions);
      layer.addTo(group);
    }
    const polygon = editing ? (group.getLayers().flatMap((g) => (g as L.GeoJSON).getLayers())[0] as L.Polygon | undefined) : undefined;
    if (polygon) {
      polygon.pm.enable({ snappable: true, snapDistance: SNAP_DISTANCE_PX, allowSelfIntersection: false });
      polygon.on('pm:edit', () => onDraft(polygon.toGeoJSON(false).geometry as ParcelGeometry));
    }
    return () => {
      // Geoman keeps its vertex handles in a group of their own; switch them off before the shape goes.
      polygon?.pm.disable();
      group.remove();
    };
  }, [map, shapes, tool, onDraft]);

  // Neighbours to snap to, for the current view while a tool is on; re-read after each pan.
  useEffect(() => {
    if (!tool || tool === 'splitAreas') return;
    const selected = new Set(idsKey.split(',').map(Number));
    let latest = 0;
    let targets: L.GeoJSON | null = null;
    const load = () => {
      const ticket = ++latest;
      targets?.remove();
      targets = null;
      if (map.getZoom() < SNAP_MIN_ZOOM) return;
      call('layers.features', { layer: 'parcels', bbox: bboxOf(map.getBounds()) }).then(
        (data) => {
          if (ticket !== latest) return;
          targets = L.geoJSON(data as FeatureCollection, {
            style: SNAP_TARGET_STYLE,
            filter: (feature) => !selected.has(Number(feature.id)),
            interactive: false,
            pmIgnore: true,
            snapIgnore: false,
          } as L.GeoJSONOptions).addTo(map);
        },
        (err: unknown) => ticket === latest && onError(err),
      );
    };
    load();
    map.on('moveend', load);
    return () => {
      latest++;
      map.off('moveend', load);
      targets?.remove();
    };
  }, [map, tool, idsKey, dataVersion, onError]);

  // Drawing: geoman collects the clicks, snapping to the selection and the neighbours.
  useEffect(() => {
    const shape = drawShapeOf(tool);
    if (!shape) return;
    let drawn: L.Layer | null = null;
    const onCreate = (e: { layer: L.Layer }) => {
      drawn = e.layer;
      onDrawn((e.layer as L.Polyline).toGeoJSON(false).geometry as DrawnShape);
    };
    map.on('pm:create', onCreate);
    map.pm.enableDraw(shape, { snappable: true, snapDistance: SNAP_DISTANCE_PX, finishOn: shape === 'Line' ? 'dblclick' : null });
    return () => {
      map.off('pm:create', onCreate);
      map.pm.disableDraw();
      drawn?.remove();
    };
  }, [map, tool, onDrawn]);

  return null;
}
