import type { LayerName } from '../../src/api/contract';
import type { VectorTileStyle } from './vector-tile-layer';

/** Bottom to top: hatching over parcels stays visible, roads and ditches cut across both. */
export const LAYER_ORDER: readonly LayerName[] = ['parcels', 'homesteads', 'basic_farmland', 'linear_features'];

const WATER = '#a9d1ea';
const ROAD = '#d3d0c8';

/** Muted colours in the spirit of the land-survey map convention: cultivated yellow, forest green. */
function landClassFill(kind: string | null): string {
  const code = kind ?? '';
  if (code.startsWith('01')) return '#f3eebf';
  if (code.startsWith('02')) return '#f2d4a4';
  if (code.startsWith('03')) return '#bfddb0';
  if (code.startsWith('04')) return '#dcebbd';
  if (code.startsWith('07')) return '#e8bcae';
  if (code.startsWith('11')) return WATER;
  if (code === '1202') return '#e4dac6';
  return '#ece9df';
}

/** Linear features carry a land class (1006 rural road, 1107 ditch) or a plain word as kind. */
function linearFill(kind: string | null): string {
  const k = (kind ?? '').toLowerCase();
  return k.startsWith('11') || k.includes('ditch') || k.includes('canal') || k.includes('water') ? WATER : ROAD;
}

const PARCEL_OUTLINE = '#7d7556';
const HOMESTEAD_OUTLINE = '#9a5a47';
const FARMLAND_OUTLINE = '#b07a0a';
const LINEAR_OUTLINE = '#8d8a80';

/** Parcel strips are a few pixels wide at township zoom: full-strength outlines would merge into a dark mass. */
function parcelOutline(zoom: number) {
  if (zoom <= 14) return { color: 'rgba(125, 117, 86, 0.3)', width: 0.5 };
  if (zoom <= 16) return { color: 'rgba(125, 117, 86, 0.6)', width: 0.6 };
  return { color: PARCEL_OUTLINE, width: 0.8 };
}

export const LAYER_STYLES: Record<LayerName, VectorTileStyle> = {
  parcels: { fill: landClassFill, outline: parcelOutline },
  homesteads: { fill: () => '#e3b3a3', outline: (zoom) => ({ color: HOMESTEAD_OUTLINE, width: zoom <= 15 ? 0.5 : 0.8 }) },
  basic_farmland: {
    fill: () => null,
    hatch: { color: 'rgba(176, 122, 10, 0.45)', spacing: 8 },
    outline: () => ({ color: FARMLAND_OUTLINE, width: 1.4 }),
  },
  linear_features: { fill: linearFill, outline: () => ({ color: LINEAR_OUTLINE, width: 0.6 }) },
};

/** Small legend swatch per layer for the layer control. */
export const LAYER_SWATCH: Record<LayerName, { fill: string; stroke: string; hatched?: boolean }> = {
  parcels: { fill: landClassFill('0101'), stroke: PARCEL_OUTLINE },
  homesteads: { fill: '#e3b3a3', stroke: HOMESTEAD_OUTLINE },
  basic_farmland: { fill: 'transparent', stroke: FARMLAND_OUTLINE, hatched: true },
  linear_features: { fill: ROAD, stroke: LINEAR_OUTLINE },
};

export const SELECTION_STYLE = { color: '#d0342c', weight: 3, fillColor: '#d0342c', fillOpacity: 0.18 } as const;
/** The parcel whose vertices are being edited: dashed so it reads as "not saved yet". */
export const EDITING_STYLE = { color: '#1d5fa8', weight: 2, dashArray: '6 4', fillColor: '#1d5fa8', fillOpacity: 0.12 } as const;
/** Neighbours drawn faintly while editing, only so their vertices and edges can be snapped to. */
export const SNAP_TARGET_STYLE = { color: '#5b6670', weight: 1, opacity: 0.6, fill: false } as const;
/** The point a data check or search pointed at. */
export const FOCUS_STYLE = { radius: 9, color: '#d0342c', weight: 3, fillColor: '#ffffff', fillOpacity: 0.6 } as const;
