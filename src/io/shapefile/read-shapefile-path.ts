import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readArchive } from '../archive';
import type { ReadOptions, SourceLayer } from '../source-layer';
import { readShapefile, type ShapefileParts } from './read-shapefile';

const SIDE_FILES = { shx: '.shx', dbf: '.dbf', prj: '.prj', cpg: '.cpg', aliases: '.fields.csv' } as const;
const utf8 = new TextDecoder('utf-8');

/** The one .shp among `names`, or the one opts.layer names; throws when the choice is ambiguous. */
function pickShp(names: string[], where: string, layer: string | undefined): string {
  const shps = names.filter((n) => /\.shp$/i.test(n));
  const stemOf = (n: string) => basename(n).replace(/\.shp$/i, '').toLowerCase();
  if (layer !== undefined) {
    const want = layer.replace(/\.shp$/i, '').toLowerCase();
    const hit = shps.find((n) => stemOf(n) === want);
    if (!hit) throw new Error(`${where} 中没有名为 ${layer} 的 .shp（有：${shps.map((n) => basename(n)).join('、') || '无'}）`);
    return hit;
  }
  if (shps.length === 1) return shps[0]!;
  if (shps.length === 0) throw new Error(`${where} 中没有 .shp 文件`);
  throw new Error(`${where} 中有 ${shps.length} 个 .shp（${shps.map((n) => basename(n)).join('、')}），请指定要导入的图层`);
}

/** Collects the side files that share the .shp's base name, compared without case (ZIPs from Windows mix cases). */
function partsFrom(shpName: string, names: string[], read: (name: string) => Uint8Array, base: string): ShapefileParts {
  const stem = shpName.replace(/\.shp$/i, '').toLowerCase();
  const find = (ext: string) => names.find((n) => n.toLowerCase() === stem + ext);
  const parts: ShapefileParts = { base, shp: read(shpName) };
  for (const [key, ext] of Object.entries(SIDE_FILES) as [keyof typeof SIDE_FILES, string][]) {
    const name = find(ext);
    if (!name) continue;
    const bytes = read(name);
    if (key === 'shx' || key === 'dbf') parts[key] = bytes;
    else parts[key] = utf8.decode(bytes);
  }
  return parts;
}

/** Reads a .shp path, a folder holding one .shp (or the one opts.layer names), or a .zip of them. */
export function readShapefileFromPath(path: string, opts: ReadOptions = {}): SourceLayer {
  if (/\.zip$/i.test(path)) {
    const entries = readArchive(readFileSync(path), path);
    const names = [...entries.keys()];
    const shp = pickShp(names, path, opts.layer);
    return readShapefile(partsFrom(shp, names, (n) => entries.get(n)!, `${path}!/${shp}`), opts);
  }
  const folder = statSync(path).isDirectory();
  const dir = folder ? path : dirname(path);
  const names = readdirSync(dir);
  const shp = folder ? pickShp(names, path, opts.layer) : basename(path);
  return readShapefile(partsFrom(shp, names, (n) => readFileSync(join(dir, n)), join(dir, shp)), opts);
}
