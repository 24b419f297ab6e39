import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readKml, readKmlFromPath } from '../../../src/io/kml/kml-reader';
import { writeKml } from '../../../src/io/kml/kml-writer';
import type { OutputLayer } from '../../../src/io/source-layer';
import { hasOgrinfo, ogrinfo, sampleLayer, tempDir } from '../geopackage/fixtures';

const toLonLat = ([x, y]: number[]) => [116.1 + (x! - 39415140) / 1e5, 34.8 + (y! - 3850274) / 1e5];
/** The shared sample layer moved to lon/lat (the exact numbers do not matter, only that they survive). */
const lonLatLayer: OutputLayer = {
  ...sampleLayer,
  srsId: 4490,
  features: sampleLayer.features.map((f) => ({
    attrs: f.attrs,
    geometry: {
      type: f.geometry.type,
      coordinates:
        f.geometry.type === 'Polygon'
          ? (f.geometry.coordinates as number[][][]).map((r) => r.map(toLonLat))
          : (f.geometry.coordinates as number[][][][]).map((p) => p.map((r) => r.map(toLonLat))),
    },
  })),
};

const kmlDoc = (placemarks: string) =>
  strToU8(`<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>村界</name>${placemarks}</Document></kml>`);
const square = '116.1,34.8,0 116.1001,34.8,0 116.1001,34.8001,0 116.1,34.8,0';
const polygonXml = `<Polygon><outerBoundaryIs><LinearRing><coordinates>${square}</coordinates></LinearRing></outerBoundaryIs></Polygon>`;

describe('readKml', () => {
  it('reads name, description and ExtendedData Data as attributes and polygons in CGCS2000 lon/lat', () => {
    const layer = readKml(
      kmlDoc(
        `<Placemark><name>张庄一号</name><description>承包地</description><ExtendedData><Data name="户主"><value>李四</value></Data></ExtendedData>${polygonXml}</Placemark>`,
      ),
      'a.kml',
    );
    expect(layer.problems).toEqual([]);
    expect(layer.name).toBe('村界');
    expect(layer.crs).toMatchObject({ srsId: 4490, how: 'kml' });
    expect(layer.features).toEqual([
      {
        record: 1,
        geometry: { type: 'Polygon', coordinates: [[[116.1, 34.8], [116.1001, 34.8], [116.1001, 34.8001], [116.1, 34.8]]] },
        attrs: { name: '张庄一号', description: '承包地', 户主: '李四' },
      },
    ]);
  });

  it('reports point and line placemarks by index and name, keeping their place', () => {
    const layer = readKml(
      kmlDoc(
        `<Placemark><name>井</name><Point><coordinates>116.1,34.8</coordinates></Point></Placemark>` +
          `<Placemark><name>地块</name>${polygonXml}</Placemark>` +
          `<Placemark><name>渠</name><LineString><coordinates>116.1,34.8 116.2,34.9</coordinates></LineString></Placemark>` +
          `<Placemark><name>混合</name><MultiGeometry>${polygonXml}<Point><coordinates>116.1,34.8</coordinates></Point></MultiGeometry></Placemark>`,
      ),
      'mixed.kml',
    );
    expect(layer.features.map((f) => [f.record, f.geometry?.type ?? null])).toEqual([
      [1, null],
      [2, 'Polygon'],
      [3, null],
      [4, 'Polygon'],
    ]);
    expect(layer.problems.map((p) => [p.record, p.fatal])).toEqual([
      [1, false],
      [3, false],
      [4, false],
    ]);
    expect(layer.problems[0]!.reason).toMatch(/第 1 个地标「井」.*点/);
    expect(layer.problems[1]!.reason).toMatch(/第 3 个地标「渠」.*线/);
    expect(layer.problems[2]!.reason).toMatch(/「混合」.*点.*已略去/);
  });

  it('reads the doc.kml inside a .kmz', () => {
    const kmz = zipSync({ 'files/icon.png': new Uint8Array([1]), 'doc.kml': kmlDoc(`<Placemark><name>a</name>${polygonXml}</Placemark>`) });
    const layer = readKml(kmz, 'parcels.kmz');
    expect(layer.file).toBe('parcels.kmz!/doc.kml');
    expect(layer.features).toHaveLength(1);
    expect(layer.problems).toEqual([]);
  });

  it('reports a corrupt .kmz, a .kmz without .kml, and malformed XML as fatal problems', () => {
    const corrupt = zipSync({ 'doc.kml': kmlDoc('') }).slice(0, 30);
    expect(readKml(corrupt, 'bad.kmz').problems).toEqual([expect.objectContaining({ file: 'bad.kmz', record: null, fatal: true })]);
    expect(readKml(zipSync({ 'a.txt': strToU8('x') }), 'empty.kmz').problems[0]!.reason).toContain('没有 .kml');
    expect(readKml(strToU8('<kml><Placemark></kml>'), 'broken.kml').problems[0]).toMatchObject({ fatal: true, reason: expect.stringContaining('XML') });
    expect(readKml(strToU8('<gpx></gpx>'), 'x.kml').problems[0]!.reason).toContain('不是 KML');
  });
});

describe('writeKml', () => {
  it('round-trips a lon/lat layer with exactly the same coordinates and typed attributes', () => {
    const back = readKml(strToU8(writeKml(lonLatLayer)), 'out.kml');
    expect(back.problems).toEqual([]);
    expect(back.features.map((f) => f.geometry)).toEqual(lonLatLayer.features.map((f) => f.geometry));
    expect(back.fields).toEqual([{ name: 'name', type: 'string' }, ...sampleLayer.fields]);
    expect(back.features.map((f) => f.attrs)).toEqual(lonLatLayer.features.map((f) => ({ name: f.attrs.code, ...f.attrs })));
  });

  it('refuses a projected layer', () => {
    expect(() => writeKml(sampleLayer)).toThrow(/EPSG:4527/);
  });

  it.skipIf(!hasOgrinfo)('writes a file GDAL reads with its placemark names, fields and polygons', async () => {
    const path = join(tempDir(), 'out.kml');
    writeFileSync(path, writeKml(lonLatLayer));
    const listing = ogrinfo('-al', path);
    expect(listing).toContain('Feature Count: 2');
    expect(listing).toContain('Name (String) = 3717220010000000001');
    expect(listing).toContain('户主 (String) = 张三');
    expect(listing).toMatch(/plots \(Integer\) = 3/);
    expect(listing).toMatch(/MULTIPOLYGON|POLYGON/);
    expect((await readKmlFromPath(path)).features).toHaveLength(2);
  });
});
