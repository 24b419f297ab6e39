import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceLayer } from '../../../src/io/source-layer';
import { esriPrj } from '../../../src/io/shapefile/prj';
import { readShapefile } from '../../../src/io/shapefile/read-shapefile';
import { readShapefileFromPath } from '../../../src/io/shapefile/read-shapefile-path';
import { parcelsLayer, partsOf, polygon, rawDbf, rawShp, FIXTURE, square, writeTemp, X0, Y0 } from './fixtures';

const fatal = (layer: SourceLayer) => layer.problems.filter((p) => p.fatal);
/** 地块 in GBK, as in the shared file, so this side does not depend on our encoder. */
const GBK_DIKUAI = new Uint8Array([0xb5, 0xd8, 0xbf, 0xe9]);

describe('readShapefile on the shared zone 39 parcels', () => {
  const layer = readShapefileFromPath(`${FIXTURE}.shp`);

  it('decodes the GBK field name and values to Chinese text', () => {
    expect(layer.fields.map((f) => f.name)).toEqual(['DKBM', '地块名称', 'QLR', 'DLMC', 'ZL', 'MJ_MU']);
    expect(layer.features.map((f) => f.attrs['地块名称'])).toEqual(['单县东城地块一', '鲁西南·复垦区（二）']);
    expect(layer.features[1]!.attrs).toMatchObject({ QLR: '李四 王五', ZL: '单县园艺街道  测试', MJ_MU: 10 });
    expect(layer.encoding).toMatchObject({ label: 'gbk', how: 'cpg' });
  });

  it('takes EPSG:4527 from the .prj and keeps coordinates as stored, outer ring counter-clockwise', () => {
    expect(layer.crs).toMatchObject({ srsId: 4527, how: 'prj', swapped: false });
    expect(layer.features[0]!.geometry).toEqual(
      polygon([[39417627.14, 3852761.43], [39417652.96, 3852761.43], [39417652.96, 3852800.16], [39417627.14, 3852800.16], [39417627.14, 3852761.43]]),
    );
    expect(layer.features[0]!.attrs['MJ_MU']).toBe(1.5);
    expect(layer.problems).toEqual([]);
  });
});

describe('readShapefile encoding', () => {
  const shared = {
    base: 'parcels.shp',
    shp: new Uint8Array(readFileSync(`${FIXTURE}.shp`)),
    dbf: new Uint8Array(readFileSync(`${FIXTURE}.dbf`)),
    prj: readFileSync(`${FIXTURE}.prj`, 'utf8'),
  };

  it.each(['GBK', 'CP936', '936', 'ANSI 936', 'GB2312', '54936', 'GB18030', 'gbk\r\n', '\uFEFFCP936\n'])('decodes GBK text when the .cpg says %j', (cpg) => {
    const layer = readShapefile({ ...shared, cpg });
    expect(layer.features[0]!.attrs['地块名称']).toBe('单县东城地块一');
    expect(layer.encoding?.how).toBe('cpg');
  });

  it.each(['UTF-8', 'UTF8', '65001', 'utf-8\n'])('decodes UTF-8 text when the .cpg says %j', (cpg) => {
    const shp = rawShp([[square(X0, Y0, 10).reverse()]]);
    const layer = readShapefile({ base: 'u.shp', shp, dbf: rawDbf('NAME', [new TextEncoder().encode('东城地块')]), cpg, prj: esriPrj(4527) });
    expect(layer.features[0]!.attrs['NAME']).toBe('东城地块');
    expect(layer.encoding).toMatchObject({ label: 'utf-8', how: 'cpg' });
  });

  it('sniffs GBK when there is no .cpg and reports the guess', () => {
    const layer = readShapefile(shared);
    expect(layer.encoding).toMatchObject({ label: 'gbk', how: 'detected' });
    expect(layer.features[0]!.attrs['地块名称']).toBe('单县东城地块一');
  });

  it('sniffs UTF-8 when there is no .cpg and the bytes are valid UTF-8', () => {
    const shp = rawShp([[square(X0, Y0, 10).reverse()]]);
    const layer = readShapefile({ base: 'u.shp', shp, dbf: rawDbf('NAME', [new TextEncoder().encode('东城地块')]), prj: esriPrj(4527) });
    expect(layer.encoding).toMatchObject({ label: 'utf-8', how: 'detected' });
    expect(layer.encoding!.detail).toContain('UTF-8');
    expect(layer.features[0]!.attrs['NAME']).toBe('东城地块');
  });

  it('lets the user override a wrong .cpg', () => {
    const shp = rawShp([[square(X0, Y0, 10).reverse()]]);
    const layer = readShapefile({ base: 'u.shp', shp, dbf: rawDbf('NAME', [GBK_DIKUAI]), cpg: 'UTF-8', prj: esriPrj(4527) }, { encoding: 'CP936' });
    expect(layer.encoding).toMatchObject({ label: 'gbk', how: 'given' });
    expect(layer.features[0]!.attrs['NAME']).toBe('地块');
  });

  it('reports an encoding the user typed that it does not know as fatal', () => {
    const layer = readShapefile({ ...shared, cpg: 'GBK' }, { encoding: 'latin-9' });
    expect(fatal(layer)[0]!.reason).toContain('latin-9');
  });

  it('sniffs when the .cpg holds an unknown label, and says so', () => {
    const layer = readShapefile({ ...shared, cpg: 'Big5-HKSCS' });
    expect(layer.encoding).toMatchObject({ label: 'gbk', how: 'detected' });
    expect(layer.encoding!.detail).toContain('Big5-HKSCS');
  });
});

describe('readShapefile coordinate system', () => {
  const at = (x: number, y: number) => [polygon(square(x, y, 20))];

  it('detects the zone from 8-digit eastings when there is no .prj', () => {
    const { prj: _prj, ...parts } = partsOf(writeTemp(parcelsLayer(at(40_512_000, 3_950_000), 4528)));
    const layer = readShapefile(parts);
    expect(layer.crs).toMatchObject({ srsId: 4528, how: 'easting', swapped: false });
    expect(fatal(layer)).toEqual([]);
  });

  it('asks for --crs when plain 6-digit eastings come without a .prj', () => {
    const { prj: _prj, ...parts } = partsOf(writeTemp(parcelsLayer(at(417_600, 3_852_700), 4548)));
    const layer = readShapefile(parts);
    expect(layer.crs).toMatchObject({ srsId: null, how: 'unknown' });
    expect(fatal(layer)[0]!.reason).toContain('--crs');
  });

  it('reads plain eastings with a CM 117E .prj, or with the CRS the user gives', () => {
    const parts = partsOf(writeTemp(parcelsLayer(at(417_600, 3_852_700), 4548)));
    expect(readShapefile(parts).crs).toMatchObject({ srsId: 4548, how: 'prj' });
    const { prj: _prj, ...bare } = parts;
    const given = readShapefile(bare, { srsId: 4548 });
    expect(given.crs).toMatchObject({ srsId: 4548, how: 'given' });
    expect(fatal(given)).toEqual([]);
  });

  it('assumes CGCS2000 for longitude/latitude in China and says it assumed', () => {
    const { prj: _prj, ...parts } = partsOf(writeTemp(parcelsLayer([polygon(square(116.1, 34.8, 0.001))], 4490)));
    const layer = readShapefile(parts);
    expect(layer.crs).toMatchObject({ srsId: 4490 });
    expect(layer.crs.detail).toContain('假定');
  });

  it('reports coordinates that contradict the .prj zone as fatal', () => {
    const parts = partsOf(writeTemp(parcelsLayer(at(40_512_000, 3_950_000), 4527)));
    expect(fatal(readShapefile(parts))[0]!.reason).toContain('EPSG:4527');
  });
});

describe('readShapefile axis order', () => {
  const northingFirst = polygon(square(Y0, X0, 20));
  const swappedFile = () => {
    const { prj: _prj, ...parts } = partsOf(writeTemp(parcelsLayer([northingFirst])));
    return parts;
  };

  it('detects (northing, easting) pairs, swaps them and redoes CRS detection', () => {
    const layer = readShapefile(swappedFile());
    expect(layer.crs).toMatchObject({ srsId: 4527, how: 'easting', swapped: true });
    const ring = (layer.features[0]!.geometry!.coordinates as number[][][])[0]!;
    expect(ring[0]).toEqual([X0, Y0]);
    expect(ring).toEqual(square(X0, Y0, 20)); // still counter-clockwise after the mirror of a swap
  });

  it('leaves them alone when told not to swap', () => {
    const layer = readShapefile(swappedFile(), { swapXY: false });
    expect(layer.crs.swapped).toBe(false);
    expect(layer.crs.srsId).toBeNull();
    expect(fatal(layer).length).toBeGreaterThan(0);
  });

  it('swaps normal data when forced to', () => {
    const layer = readShapefile(partsOf(writeTemp(parcelsLayer([polygon(square(X0, Y0, 20))]))), { swapXY: true, srsId: 4527 });
    expect(layer.crs.swapped).toBe(true);
    expect((layer.features[0]!.geometry!.coordinates as number[][][])[0]![0]).toEqual([Y0, X0]);
  });
});
