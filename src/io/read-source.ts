import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { readGeoJsonFromPath } from './geojson/geojson-reader';
import { listGpkgLayers } from './geopackage/gpkg-layers';
import { readGpkgLayer } from './geopackage/gpkg-reader';
import { readKmlFromPath } from './kml/kml-reader';
import { readShapefileFromPath } from './shapefile/read-shapefile-path';
import type { ReadOptions, SourceLayer } from './source-layer';
import { readTable } from './table/table-reader';

/** Formats LandLink reads, by file extension. */
const FORMAT_BY_EXT: Record<string, SourceLayer['format']> = {
  '.shp': 'shapefile',
  '.zip': 'shapefile',
  '.gpkg': 'geopackage',
  '.geojson': 'geojson',
  '.json': 'geojson',
  '.kml': 'kml',
  '.kmz': 'kml',
  '.xlsx': 'xlsx',
  '.csv': 'csv',
};

export class SourceError extends Error {}

/** The file to read in a path: the path itself, or the one readable file of a folder (uploads land in one). */
export function mainFile(path: string): string {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new SourceError(`${path}: 文件不存在 (file not found)`);
  }
  if (!st.isDirectory()) return path;
  const candidates = readdirSync(path).filter((f) => FORMAT_BY_EXT[extname(f).toLowerCase()]);
  // A folder with a .shp is a Shapefile whatever else the user dropped beside it.
  const shp = candidates.filter((f) => extname(f).toLowerCase() === '.shp');
  const pick = shp.length > 0 ? shp : candidates;
  if (pick.length === 0) throw new SourceError(`${path}: 没有可导入的文件 (no .shp/.zip/.gpkg/.geojson/.kml/.kmz/.xlsx/.csv)`);
  if (pick.length > 1) throw new SourceError(`${path}: 有多个可导入的文件 (${pick.join(', ')}); 请一次导入一个`);
  return join(path, pick[0]!);
}

export function formatOf(file: string): SourceLayer['format'] {
  const format = FORMAT_BY_EXT[extname(file).toLowerCase()];
  if (!format) throw new SourceError(`${basename(file)}: 不支持的文件类型 ${extname(file) || '(none)'}`);
  return format;
}

export interface ReadResult {
  /** All layers of the source (GeoPackage tables); one name for single-layer formats. */
  layers: string[];
  layer: SourceLayer;
}

/** Reads one layer of any supported source file. */
export async function readSource(path: string, opts: ReadOptions): Promise<ReadResult> {
  const file = mainFile(path);
  switch (formatOf(file)) {
    case 'shapefile': {
      const layer = readShapefileFromPath(file, opts);
      return { layers: [layer.name], layer };
    }
    case 'geopackage': {
      const layers = listGpkgLayers(file).map((l) => l.name);
      return { layers, layer: readGpkgLayer(file, opts) };
    }
    case 'geojson': {
      const layer = await readGeoJsonFromPath(file, opts);
      return { layers: [layer.name], layer };
    }
    case 'kml': {
      const layer = await readKmlFromPath(file, opts);
      return { layers: [layer.name], layer };
    }
    case 'xlsx':
    case 'csv': {
      const layer = await readTable(new Uint8Array(readFileSync(file)), file, opts);
      return { layers: [layer.name], layer };
    }
  }
}
