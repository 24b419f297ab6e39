import { useEffect } from 'react';
import type L from 'leaflet';
import type { MethodOutput } from '../../src/api/contract';
import { createBasemapLayer, tileUrlTemplate } from './basemap-layer';

export type Basemap = MethodOutput<'basemaps.list'>[number];

/** The chosen MBTiles basemap on the map, under the parcel layers (its zIndex is below theirs). */
export function BasemapLayer({ map, basemap }: { map: L.Map; basemap: Basemap | null }) {
  useEffect(() => {
    if (!basemap) return;
    const layer = createBasemapLayer(basemap, tileUrlTemplate(basemap.id)).addTo(map);
    return () => void layer.remove();
  }, [map, basemap]);
  return null;
}
