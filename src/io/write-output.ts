import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { writeGeoJson } from './geojson/geojson-writer';
import { writeGpkg } from './geopackage/gpkg-writer';
import { writeKml } from './kml/kml-writer';
import { writeShapefile } from './shapefile/write-shapefile';
import type { OutputLayer } from './source-layer';
import { writeXlsx } from './table/xlsx-writer';

export type OutputFormat = 'gpkg' | 'geojson' | 'shp' | 'kml' | 'xlsx';

export const EXTENSION: Record<OutputFormat, string> = { gpkg: '.gpkg', geojson: '.geojson', shp: '.shp', kml: '.kml', xlsx: '.xlsx' };

/** The files a format writes for one output path (a Shapefile is five, plus the field dictionary). */
export function outputFiles(format: OutputFormat, out: string): string[] {
  if (format !== 'shp') return [out];
  const base = join(dirname(out), basename(out, extname(out)));
  return ['.shp', '.shx', '.dbf', '.prj', '.cpg', '.fields.csv'].map((e) => base + e);
}

/** Writes text or bytes under a temporary name and renames, so a failed export leaves no half file. */
function writeWhole(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.writing-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export async function writeOutput(format: OutputFormat, out: string, layer: OutputLayer): Promise<string[]> {
  switch (format) {
    case 'gpkg':
      writeGpkg(out, layer);
      break;
    case 'geojson':
      writeWhole(out, writeGeoJson(layer));
      break;
    case 'kml':
      writeWhole(out, writeKml(layer));
      break;
    case 'shp':
      writeShapefile(out, layer);
      break;
    case 'xlsx':
      writeWhole(out, await writeXlsx([{ name: layer.name, fields: layer.fields, rows: layer.features.map((f) => f.attrs) }]));
      break;
  }
  return outputFiles(format, out).filter((f) => existsSync(f));
}
