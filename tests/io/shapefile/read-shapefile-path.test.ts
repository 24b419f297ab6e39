import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readShapefileFromPath } from '../../../src/io/shapefile/read-shapefile-path';
import { FIXTURE, tempDir } from './fixtures';

const EXTS = ['shp', 'shx', 'dbf', 'prj', 'cpg'];

describe('readShapefileFromPath', () => {
  it('reads a folder holding one .shp, finding side files whatever their case', () => {
    const dir = tempDir();
    for (const ext of EXTS) copyFileSync(`${FIXTURE}.${ext}`, join(dir, `Parcels.${ext === 'shp' ? 'shp' : ext.toUpperCase()}`));
    const layer = readShapefileFromPath(dir);
    expect(layer.file).toBe(join(dir, 'Parcels.shp'));
    expect(layer.name).toBe('Parcels');
    expect(layer.features[0]!.attrs['地块名称']).toBe('单县东城地块一');
    expect(layer.crs.srsId).toBe(4527);
    expect(layer.encoding?.how).toBe('cpg');
  });

  it('needs opts.layer to choose among several .shp files and names them otherwise', () => {
    const dir = tempDir();
    for (const stem of ['a', 'b']) for (const ext of EXTS) copyFileSync(`${FIXTURE}.${ext}`, join(dir, `${stem}.${ext}`));
    expect(() => readShapefileFromPath(dir)).toThrow(/2 个 \.shp（a\.shp、b\.shp）/);
    expect(readShapefileFromPath(dir, { layer: 'B' }).name).toBe('b');
    expect(() => readShapefileFromPath(dir, { layer: 'c' })).toThrow('c');
  });

  it('reads a .zip with the set in a subfolder and reports the inner path', () => {
    const dir = tempDir();
    const files = Object.fromEntries(EXTS.map((ext) => [`县数据/PARCELS.${ext.toUpperCase()}`, new Uint8Array(readFileSync(`${FIXTURE}.${ext}`))]));
    const zip = join(dir, 'county.zip');
    writeFileSync(zip, zipSync(files));
    const layer = readShapefileFromPath(zip);
    expect(layer.file).toBe(`${zip}!/县数据/PARCELS.shp`);
    expect(layer.features.map((f) => f.attrs['QLR'])).toEqual(['张三', '李四 王五']);
    expect(layer.problems).toEqual([]);
  });

  it('restores full field names from the .fields.csv dictionary beside the set', () => {
    const dir = tempDir();
    for (const ext of EXTS) copyFileSync(`${FIXTURE}.${ext}`, join(dir, `p.${ext}`));
    writeFileSync(join(dir, 'p.fields.csv'), '\uFEFFshort_name,full_name\r\nMJ_MU,面积（亩）\r\n');
    const layer = readShapefileFromPath(join(dir, 'p.shp'));
    expect(layer.fields.map((f) => f.name)).toContain('面积（亩）');
    expect(layer.features[0]!.attrs['面积（亩）']).toBe(1.5);
  });

  it('reports a missing .dbf beside a .shp as fatal', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'only'));
    copyFileSync(`${FIXTURE}.shp`, join(dir, 'only', 'x.shp'));
    const layer = readShapefileFromPath(join(dir, 'only', 'x.shp'));
    expect(layer.problems).toEqual([{ file: join(dir, 'only', 'x.dbf'), record: null, fatal: true, reason: expect.stringContaining('.dbf') }]);
    expect(basename(layer.file)).toBe('x.shp');
  });
});
