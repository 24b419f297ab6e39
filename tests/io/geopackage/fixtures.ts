import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputLayer } from '../../../src/io/source-layer';

/** A fresh temporary folder for one test's files. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'landlink-io-'));

/** GDAL is the independent reader of what we write; its checks are skipped only where it is not installed. */
export const hasOgrinfo = spawnSync('ogrinfo', ['--version']).status === 0;

export const ogrinfo = (...args: string[]): string => execFileSync('ogrinfo', args, { encoding: 'utf8' });

export const outer = [
  [39415140.049771, 3850274.338672],
  [39415240.1234567, 3850274.338672],
  [39415240.1234567, 3850374.9876543],
  [39415140.049771, 3850374.9876543],
  [39415140.049771, 3850274.338672],
];
export const hole = [
  [39415160.1, 3850290.2],
  [39415160.1, 3850300.3],
  [39415170.7, 3850300.3],
  [39415160.1, 3850290.2],
];

/** A zone-39 layer with a hole, a MultiPolygon, a 19-digit code, Chinese text and every field type. */
export const sampleLayer: OutputLayer = {
  name: '地块',
  srsId: 4527,
  fields: [
    { name: 'code', type: 'string' },
    { name: '户主', type: 'string' },
    { name: 'area_mu', type: 'number' },
    { name: 'plots', type: 'integer' },
    { name: 'signed', type: 'date' },
    { name: 'confirmed', type: 'boolean' },
  ],
  features: [
    {
      geometry: { type: 'Polygon', coordinates: [outer, hole] },
      attrs: { code: '3717220010000000001', 户主: '张三', area_mu: 0.1 + 0.2, plots: 3, signed: '2024-03-01', confirmed: true },
    },
    {
      geometry: { type: 'MultiPolygon', coordinates: [[outer.map(([x, y]) => [x! + 500, y!])], [outer.map(([x, y]) => [x! + 900, y!])]] },
      attrs: { code: '3717220010000000002', 户主: null, area_mu: 12.345678901234, plots: 0, signed: null, confirmed: false },
    },
  ],
};
