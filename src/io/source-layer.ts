/**
 * What every reader hands the import pipeline, whatever the format: one layer of features with their
 * attributes and raw geometry in the source CRS, plus what was guessed about CRS and encoding and the
 * problems found per record. Readers never drop a record silently: a record they cannot use becomes a
 * problem naming the file and record.
 */

import type { AttributeValue } from '../domain/import-record';

export type { AttributeValue };

export interface SourceField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'boolean';
}

/** GeoJSON-style geometry with coordinates in the source CRS (x = easting/longitude first). */
export interface RawGeometry {
  type: string;
  coordinates: unknown;
}

export interface SourceFeature {
  /** 1-based position in the source (the .dbf record number, the GeoJSON feature index + 1, the gpkg fid). */
  record: number;
  geometry: RawGeometry | null;
  attrs: Record<string, AttributeValue>;
}

export interface CrsGuess {
  /** EPSG code LandLink supports, or null when it could not be determined. */
  srsId: number | null;
  how: 'prj' | 'gpkg' | 'geojson' | 'kml' | 'given' | 'easting' | 'unknown';
  /** What was read, for the report: the .prj name, the GeoJSON crs member, … */
  detail: string;
  /** True when the reader swapped (northing, easting) pairs into (easting, northing), detected or asked. */
  swapped: boolean;
}

export interface EncodingGuess {
  /** A WHATWG TextDecoder label: 'gbk', 'gb18030' or 'utf-8'. */
  label: string;
  how: 'cpg' | 'detected' | 'given' | 'format';
  detail: string;
}

export interface SourceProblem {
  file: string;
  /** 1-based record number, null for a problem with the whole file. */
  record: number | null;
  reason: string;
  /** A fatal problem stops the whole layer from importing; others skip one record. */
  fatal: boolean;
}

export interface SourceLayer {
  /** The file the layer came from (for a zip: `archive.zip!/inner.shp`). */
  file: string;
  name: string;
  format: 'shapefile' | 'geopackage' | 'geojson' | 'kml' | 'xlsx' | 'csv';
  fields: SourceField[];
  crs: CrsGuess;
  encoding: EncodingGuess | null;
  features: SourceFeature[];
  problems: SourceProblem[];
}

/** Options the user can force; anything not given is detected and reported. */
export interface ReadOptions {
  /** Encoding label as a user would type it (GBK, CP936, 936, GB18030, UTF-8, …). */
  encoding?: string;
  /** EPSG code forced by the user (`--crs EPSG:4527`). */
  srsId?: number;
  /** Which table of a multi-layer source (GeoPackage). */
  layer?: string;
  /** Force (true) or forbid (false) swapping X/Y; undefined detects it with `looksSwapped` (axis-order.ts). */
  swapXY?: boolean;
}

/** The layer an exporter writes: geometry in `srsId`, attributes in field order. */
export interface OutputLayer {
  name: string;
  srsId: number;
  fields: SourceField[];
  features: { geometry: RawGeometry; attrs: Record<string, AttributeValue> }[];
}
