import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGpkgLayer } from '../../../src/io/geopackage/gpkg-reader';
import { writeGpkg } from '../../../src/io/geopackage/gpkg-writer';
import type { OutputLayer } from '../../../src/io/source-layer';
import { hole, hasOgrinfo, ogrinfo, outer, sampleLayer, tempDir } from './fixtures';

describe('writeGpkg', () => {
  it('writes a GeoPackage that reads back with exactly the same coordinates and attributes', () => {
    const path = join(tempDir(), 'out.gpkg');
    writeGpkg(path, sampleLayer);
    const back = readGpkgLayer(path);
    expect(back.problems).toEqual([]);
    expect(back.name).toBe('地块');
    expect(back.crs).toMatchObject({ srsId: 4527, how: 'gpkg' });
    expect(back.fields).toEqual(sampleLayer.fields);
    expect(back.features.map((f) => f.attrs)).toEqual(sampleLayer.features.map((f) => f.attrs));
    // Polygons are stored as MultiPolygons, so compare the rings.
    expect(back.features[0]!.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[outer, hole]] });
    expect(back.features[1]!.geometry).toEqual(sampleLayer.features[1]!.geometry);
  });

  it.skipIf(!hasOgrinfo)('writes a file GDAL lists with its CRS, fields and features and that validate_gpkg accepts', () => {
    const path = join(tempDir(), 'out.gpkg');
    writeGpkg(path, sampleLayer);
    const listing = ogrinfo('-al', '-so', path);
    expect(listing).toContain('Layer name: 地块');
    expect(listing).toContain('Geometry: Multi Polygon');
    expect(listing).toContain('Feature Count: 2');
    expect(listing).toContain('ID["EPSG",4527]');
    expect(listing).toMatch(/户主: String/);
    expect(listing).toMatch(/area_mu: Real/);
    expect(listing).toMatch(/plots: Integer/);
    expect(listing).toMatch(/signed: Date/);
    expect(listing).toMatch(/confirmed: Integer\(Boolean\)/);
    expect(ogrinfo('-al', '-q', '-where', "code = '3717220010000000001'", path)).toContain('户主 (String) = 张三');
    execFileSync('/usr/bin/python3', ['-m', 'osgeo_utils.samples.validate_gpkg', path], { encoding: 'utf8' });
  });

  it('replaces an existing file whole and leaves no temporary file behind', () => {
    const dir = tempDir();
    const path = join(dir, 'out.gpkg');
    writeFileSync(path, 'old contents');
    writeGpkg(path, sampleLayer);
    expect(readGpkgLayer(path).features).toHaveLength(2);
    expect(readdirSync(dir)).toEqual(['out.gpkg']);
  });

  it('leaves nothing behind when a feature cannot be written', () => {
    const dir = tempDir();
    const path = join(dir, 'out.gpkg');
    const bad: OutputLayer = { ...sampleLayer, features: [{ geometry: { type: 'Point', coordinates: [1, 2] }, attrs: {} }] };
    expect(() => writeGpkg(path, bad)).toThrow(/第 1 个要素的几何不是有效的面/);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
