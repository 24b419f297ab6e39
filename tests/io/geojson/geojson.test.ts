import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGeoJson, readGeoJsonFromPath } from '../../../src/io/geojson/geojson-reader';
import { writeGeoJson } from '../../../src/io/geojson/geojson-writer';
import type { OutputLayer } from '../../../src/io/source-layer';
import { hasOgrinfo, ogrinfo, sampleLayer, tempDir } from '../geopackage/fixtures';

const lonLatSquare = [
  [116.1, 34.8],
  [116.1001, 34.8],
  [116.1001, 34.8001],
  [116.1, 34.8],
];
const polygon = (coordinates: unknown) => ({ type: 'Polygon', coordinates });
const feature = (geometry: unknown, properties: Record<string, unknown> = {}) => ({ type: 'Feature', properties, geometry });
const collection = (features: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'FeatureCollection', ...extra, features });
const named = (name: string) => ({ crs: { type: 'name', properties: { name } } });

describe('readGeoJson', () => {
  it('reads the shared EPSG:4548 test polygons with their CRS, holes and attributes', async () => {
    const layer = await readGeoJsonFromPath(fileURLToPath(new URL('../../fixtures/gk117_test_polygons.geojson', import.meta.url)));
    expect(layer.problems).toEqual([]);
    expect(layer.name).toBe('A_4548');
    expect(layer.crs).toMatchObject({ srsId: 4548, how: 'geojson', swapped: false });
    expect(layer.features).toHaveLength(13);
    expect(layer.fields).toContainEqual({ name: 'name', type: 'string' });
    expect(layer.fields).toContainEqual({ name: 'gk_area_m2', type: 'number' });
    expect(layer.features.some((f) => (f.geometry!.coordinates as unknown[]).length > 1 || f.geometry!.type === 'MultiPolygon')).toBe(true);
  });

  it('treats a file without crs as RFC 7946 lon/lat in CGCS2000', () => {
    const layer = readGeoJson(collection([feature(polygon([lonLatSquare]), { dkbm: '3717220010000000001' })]), 'a.geojson');
    expect(layer.problems).toEqual([]);
    expect(layer.crs).toMatchObject({ srsId: 4490, how: 'geojson' });
    expect(layer.crs.detail).toContain('RFC 7946');
    expect(layer.features[0]).toEqual({ record: 1, geometry: polygon([lonLatSquare]), attrs: { dkbm: '3717220010000000001' } });
  });

  it.each([
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 4326],
    ['urn:ogc:def:crs:EPSG::4490', 4490],
    ['EPSG:4527', 4527],
    ['urn:ogc:def:crs:EPSG::4548', 4548],
    ['http://www.opengis.net/def/crs/EPSG/0/4529', 4529],
  ])('understands the crs name %s', (name, srsId) => {
    expect(readGeoJson(collection([], named(name)), 'a.geojson').crs.srsId).toBe(srsId);
  });

  it('refuses an unsupported or unreadable crs with a fatal problem naming the file', () => {
    for (const crs of [named('EPSG:3857'), named('my local grid'), { crs: { type: 'link', properties: { href: 'x.prj' } } }]) {
      const layer = readGeoJson(collection([feature(polygon([lonLatSquare]))], crs), 'bad-crs.geojson');
      expect(layer.crs.srsId).toBeNull();
      expect(layer.problems[0]).toMatchObject({ file: 'bad-crs.geojson', record: null, fatal: true });
    }
    expect(readGeoJson(collection([], named('EPSG:3857')), 'a.geojson', { srsId: 4527 }).crs).toMatchObject({ srsId: 4527, how: 'given' });
  });

  it('finds the zone of 8-digit eastings in a file that has no crs member', () => {
    const layer = readGeoJson(collection([feature(polygon(sampleLayer.features[0]!.geometry.coordinates))]), 'a.geojson');
    expect(layer.crs).toMatchObject({ srsId: 4527, how: 'easting' });
    const plain = readGeoJson(collection([feature(polygon([[[500000, 3850000], [500100, 3850000], [500100, 3850100], [500000, 3850000]]]))]), 'b.geojson');
    expect(plain.problems[0]).toMatchObject({ fatal: true });
  });

  it('reports malformed JSON as a fatal problem', () => {
    const layer = readGeoJson('{"type": "FeatureCollection", "features": [', 'broken.geojson');
    expect(layer.problems).toEqual([expect.objectContaining({ file: 'broken.geojson', record: null, fatal: true })]);
    expect(layer.problems[0]!.reason).toContain('不是有效的 JSON');
  });

  it('keeps every unusable feature in place with a problem naming its record', () => {
    const text = collection([
      feature(polygon([lonLatSquare]), { n: 1 }),
      feature({ type: 'Point', coordinates: [116, 34] }, { n: 2 }),
      feature(null, { n: 3 }),
      feature(polygon([]), { n: 4 }),
      feature(polygon([[[116, 34], [116.1, 34]]]), { n: 5 }),
      { type: 'Feature', geometry: polygon([lonLatSquare]) },
      'not a feature',
    ]);
    const layer = readGeoJson(text, 'mixed.geojson');
    expect(layer.features.map((f) => f.record)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(layer.features.map((f) => f.geometry !== null)).toEqual([true, false, false, false, false, true, false]);
    expect(layer.problems.map((p) => p.record)).toEqual([2, 3, 4, 5, 7]);
    expect(layer.problems.every((p) => !p.fatal && p.file === 'mixed.geojson')).toBe(true);
    expect(layer.problems[0]!.reason).toContain('Point');
    expect(layer.problems[2]!.reason).toContain('空几何');
  });

  it('closes open rings, drops Z, and turns nested properties into JSON text', () => {
    const open3d = [[116.1, 34.8, 5], [116.1001, 34.8, 5], [116.1001, 34.8001, 5]];
    const layer = readGeoJson(JSON.stringify(feature(polygon([open3d]), { owner: { name: '张三' }, tags: [1, 2] })), 'one.geojson');
    expect(layer.features[0]!.geometry).toEqual(polygon([lonLatSquare]));
    expect(layer.features[0]!.attrs).toEqual({ owner: '{"name":"张三"}', tags: '[1,2]' });
  });

  it('reads a bare geometry as one record', () => {
    const layer = readGeoJson(JSON.stringify({ type: 'MultiPolygon', coordinates: [[lonLatSquare]] }), 'bare.json');
    expect(layer.features).toEqual([{ record: 1, geometry: { type: 'MultiPolygon', coordinates: [[lonLatSquare]] }, attrs: {} }]);
  });
});

describe('writeGeoJson', () => {
  it('round-trips a zone-39 layer with exactly the same coordinates and attributes', () => {
    const back = readGeoJson(writeGeoJson(sampleLayer), 'out.geojson');
    expect(back.problems).toEqual([]);
    expect(back.crs).toMatchObject({ srsId: 4527, how: 'geojson' });
    expect(back.name).toBe(sampleLayer.name);
    expect(back.fields).toEqual(sampleLayer.fields);
    expect(back.features.map((f) => f.geometry)).toEqual(sampleLayer.features.map((f) => f.geometry));
    expect(back.features.map((f) => f.attrs)).toEqual(sampleLayer.features.map((f) => f.attrs));
  });

  it('writes lon/lat layers as plain RFC 7946 without a crs member', () => {
    const layer: OutputLayer = { name: 'll', srsId: 4490, fields: [], features: [{ geometry: polygon([lonLatSquare]), attrs: {} }] };
    const text = writeGeoJson(layer);
    expect(JSON.parse(text)).not.toHaveProperty('crs');
    expect(readGeoJson(text, 'll.geojson').features[0]!.geometry).toEqual(polygon([lonLatSquare]));
  });

  it.skipIf(!hasOgrinfo)('writes a file GDAL reads with its CRS, fields and features', () => {
    const path = join(tempDir(), 'out.geojson');
    writeFileSync(path, writeGeoJson(sampleLayer));
    const listing = ogrinfo('-al', '-so', path);
    expect(listing).toContain('Feature Count: 2');
    expect(listing).toContain('ID["EPSG",4527]');
    expect(listing).toMatch(/code: String/);
    expect(listing).toMatch(/plots: Integer/);
    expect(listing).toMatch(/signed: Date/);
    const csv = execFileSync('ogr2ogr', ['-f', 'CSV', '/vsistdout/', path, '-lco', 'GEOMETRY=AS_WKT'], { encoding: 'utf8' });
    expect(csv).toContain('39415240.1234567 3850374.9876543');
    expect(csv).toContain('3717220010000000001');
  });
});
