import type { MethodInput } from '../../src/api/contract';

type ExportInput = MethodInput<'export.run'>;
export type ExportFormat = ExportInput['format'];
export type ExportLayer = NonNullable<ExportInput['layer']>;

export const EXPORT_LAYERS: readonly ExportLayer[] = ['parcels', 'homesteads', 'farmland'];

/** File extension per format, in the order the format select lists them. */
export const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  gpkg: '.gpkg',
  shp: '.shp',
  geojson: '.geojson',
  kml: '.kml',
  xlsx: '.xlsx',
};
export const EXPORT_FORMATS = Object.keys(EXTENSIONS) as ExportFormat[];

/** Formats whose coordinates are fixed by the format itself (KML is lon/lat by definition). */
export const hasFixedCrs = (format: ExportFormat): boolean => format === 'kml';

const KNOWN_EXTENSION = new RegExp(`(${Object.values(EXTENSIONS).map((e) => e.replace('.', '\\.')).join('|')}|\\.json)$`, 'i');

/**
 * The output path after switching to `format`: a known extension is replaced, a path without one gets
 * it, an empty path stays empty (the planner has not chosen a place yet).
 */
export function withExtension(path: string, format: ExportFormat): string {
  const trimmed = path.trim();
  if (!trimmed || /[\\/]$/.test(trimmed)) return trimmed;
  return trimmed.replace(KNOWN_EXTENSION, '') + EXTENSIONS[format];
}
