import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { OutputLayer } from '../source-layer';
import { encodeDbf } from './dbf-writer';
import { aliasCsv, shortFieldNames } from './field-aliases';
import { esriPrj } from './prj';
import { encodeShp } from './shp-writer';

/**
 * Writes `<base>.shp/.shx/.dbf/.prj/.cpg` (GBK attributes), plus `<base>.fields.csv` when field
 * names had to be shortened. Everything is encoded before the first byte is written, and files go
 * to temporary names renamed at the end, so a failure leaves no half-written set behind.
 */
export function writeShapefile(shpPath: string, layer: OutputLayer): void {
  const stem = shpPath.replace(/\.shp$/i, '');
  const names = shortFieldNames(layer.fields.map((f) => f.name));
  const { shp, shx } = encodeShp(layer.features.map((f) => f.geometry));
  const files: [string, Uint8Array | string][] = [
    ['.shp', shp],
    ['.shx', shx],
    ['.dbf', encodeDbf(layer.fields, names.short, layer.features.map((f) => f.attrs))],
    ['.prj', esriPrj(layer.srsId)],
    ['.cpg', 'GBK'],
  ];
  if (names.aliases.length > 0) files.push(['.fields.csv', aliasCsv(names.aliases)]);
  const suffix = `.tmp-${process.pid}-${Date.now().toString(36)}`;
  const written: string[] = [];
  try {
    for (const [ext, data] of files) {
      writeFileSync(stem + ext + suffix, data);
      written.push(stem + ext + suffix);
    }
  } catch (err) {
    for (const tmp of written) rmSync(tmp, { force: true });
    throw err;
  }
  for (const [ext] of files) renameSync(stem + ext + suffix, stem + ext);
  // A dictionary left by an earlier export would rename this export's fields on read.
  if (names.aliases.length === 0) rmSync(`${stem}.fields.csv`, { force: true });
}
