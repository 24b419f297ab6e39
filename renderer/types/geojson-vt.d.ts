// geojson-vt ships no types; this covers the part LandLink uses (tiles after transform).
declare module 'geojson-vt' {
  import type { FeatureCollection } from 'geojson';

  export interface GeoJSONVTOptions {
    maxZoom?: number;
    indexMaxZoom?: number;
    indexMaxPoints?: number;
    tolerance?: number;
    extent?: number;
    buffer?: number;
    promoteId?: string | null;
    generateId?: boolean;
  }

  export type TilePoint = [number, number];

  export interface TileFeature {
    /** 1 point, 2 line, 3 polygon. */
    type: 1 | 2 | 3;
    /** For polygons and lines: rings of points in tile units (0..extent, plus the buffer). */
    geometry: TilePoint[][];
    tags: Record<string, unknown> | null;
    id?: number | string;
  }

  export interface Tile {
    features: TileFeature[];
    x: number;
    y: number;
    z: number;
  }

  export interface GeoJSONVT {
    getTile(z: number, x: number, y: number): Tile | null;
  }

  export default function geojsonvt(data: FeatureCollection, options?: GeoJSONVTOptions): GeoJSONVT;
}
