import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputLayer, RawGeometry } from '../../../src/io/source-layer';
import { writeShapefile } from '../../../src/io/shapefile/write-shapefile';

export const tempDir = () => mkdtempSync(join(tmpdir(), 'landlink-shp-'));

export const FIXTURE = fileURLToPath(new URL('../../fixtures/parcels_gbk_zone39', import.meta.url));

/** A GeoJSON-oriented (counter-clockwise) square ring. */
export function square(x: number, y: number, size: number): number[][] {
  return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
}

/** The same square clockwise, as a hole. */
export const squareHole = (x: number, y: number, size: number) => square(x, y, size).reverse();

/** Zone 39 with prefix, near 单县 (about 1° west of the central meridian). */
export const X0 = 39417600;
export const Y0 = 3852700;

export function parcelsLayer(geometries: RawGeometry[], srsId = 4527): OutputLayer {
  return {
    name: 'parcels',
    srsId,
    fields: [
      { name: 'DKBM', type: 'string' },
      { name: '地块名称', type: 'string' },
      { name: 'MJ', type: 'number' },
      { name: 'JS', type: 'integer' },
    ],
    features: geometries.map((geometry, i) => ({
      geometry,
      attrs: { DKBM: `37172200100${i + 1}`, 地块名称: `东城地块${i + 1}`, MJ: 1.5 + i, JS: i + 1 },
    })),
  };
}

export const polygon = (...rings: number[][][]): RawGeometry => ({ type: 'Polygon', coordinates: rings });

/** Writes `layer` into a fresh temp folder and returns the .shp path. */
export function writeTemp(layer: OutputLayer, name = 'parcels'): string {
  const path = join(tempDir(), `${name}.shp`);
  writeShapefile(path, layer);
  return path;
}

/** The parts readShapefile takes, read from a written set (without .cpg unless asked). */
export function partsOf(shpPath: string, withCpg = true) {
  const stem = shpPath.replace(/\.shp$/, '');
  const text = (ext: string) => readFileSync(stem + ext, 'utf8');
  return {
    base: shpPath,
    shp: new Uint8Array(readFileSync(shpPath)),
    shx: new Uint8Array(readFileSync(`${stem}.shx`)),
    dbf: new Uint8Array(readFileSync(`${stem}.dbf`)),
    prj: text('.prj'),
    ...(withCpg ? { cpg: text('.cpg') } : {}),
  };
}

/**
 * A .shp built byte by byte, for defects our writer refuses to produce: each record is a list of
 * rings (points as given, no closing or orientation) or null for a Null shape.
 */
export function rawShp(records: (number[][][] | null)[], shapeType = 5): Uint8Array {
  const contents = records.map((rings) => (rings ? 44 + 4 * rings.length + 16 * rings.flat().length : 4));
  const length = 100 + contents.reduce((n, c) => n + 8 + c, 0);
  const view = new DataView(new ArrayBuffer(length));
  view.setInt32(0, 9994, false);
  view.setInt32(24, length / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, shapeType, true);
  let pos = 100;
  records.forEach((rings, i) => {
    view.setInt32(pos, i + 1, false);
    view.setInt32(pos + 4, contents[i]! / 2, false);
    view.setInt32(pos + 8, rings ? shapeType : 0, true);
    if (rings) {
      const points = rings.flat();
      view.setInt32(pos + 44, rings.length, true);
      view.setInt32(pos + 48, points.length, true);
      let start = 0;
      rings.forEach((r, k) => {
        view.setInt32(pos + 52 + 4 * k, start, true);
        start += r.length;
      });
      points.forEach(([x, y], k) => {
        view.setFloat64(pos + 52 + 4 * rings.length + 16 * k, x!, true);
        view.setFloat64(pos + 60 + 4 * rings.length + 16 * k, y!, true);
      });
    }
    pos += 8 + contents[i]!;
  });
  return new Uint8Array(view.buffer);
}

/** `ogrinfo` output, or null when GDAL is not installed (the assertion is then skipped). */
export function ogrinfo(...args: string[]): string | null {
  try {
    return execFileSync('ogrinfo', args, { encoding: 'utf8' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** A .dbf with one field `name` holding `values` as the given bytes, for contents our writer never writes. */
export function rawDbf(name: string, values: Uint8Array[], type = 'C', width = 40): Uint8Array {
  const headerLength = 32 + 32 + 1;
  const recordLength = 1 + width;
  const out = new Uint8Array(headerLength + recordLength * values.length + 1).fill(0x20);
  const view = new DataView(out.buffer);
  out.fill(0, 0, headerLength);
  out[0] = 0x03;
  view.setUint32(4, values.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  out.set(new TextEncoder().encode(name), 32);
  out[43] = type.charCodeAt(0);
  out[48] = width;
  out[headerLength - 1] = 0x0d;
  values.forEach((v, i) => out.set(v, headerLength + i * recordLength + 1));
  out[out.length - 1] = 0x1a;
  return out;
}
