import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputLayer } from '../../../src/io/source-layer';
import { plainDecimal } from '../../../src/io/shapefile/dbf-writer';
import { readShapefileFromPath } from '../../../src/io/shapefile/read-shapefile-path';
import { writeShapefile } from '../../../src/io/shapefile/write-shapefile';
import { ogrinfo, polygon, square, squareHole, tempDir, writeTemp, X0, Y0 } from './fixtures';

const LONG = '承包地块面积（亩）';
const LONG2 = '承包地块面积（公顷）';

function richLayer(): OutputLayer {
  return {
    name: 'parcels',
    srsId: 4527,
    fields: [
      { name: 'DKBM', type: 'string' },
      { name: '地块名称', type: 'string' },
      { name: LONG, type: 'number' },
      { name: LONG2, type: 'number' },
      { name: 'JS', type: 'integer' },
      { name: 'SFJBNT', type: 'boolean' },
      { name: 'QDRQ', type: 'date' },
    ],
    features: [
      {
        geometry: polygon(square(X0, Y0, 25.82), squareHole(X0 + 5, Y0 + 5, 3.3)),
        attrs: { DKBM: '371722001001', 地块名称: '鲁西南·复垦区（二）', [LONG]: 0.1 + 0.2, [LONG2]: 1e-7, JS: 9007199254740991, SFJBNT: true, QDRQ: '2021-03-01' },
      },
      {
        geometry: { type: 'MultiPolygon', coordinates: [[square(X0 + 100, Y0, 10)], [square(X0 + 200, Y0 + 0.125, 12.5), squareHole(X0 + 201, Y0 + 1, 2)]] },
        attrs: { DKBM: '371722001002', 地块名称: '单县东城地块一', [LONG]: 1234567.891234567, [LONG2]: -2.5, JS: -42, SFJBNT: false, QDRQ: null },
      },
      {
        geometry: polygon(square(X0 + 300, Y0, 1)),
        attrs: { DKBM: null, 地块名称: '', [LONG]: 98765432109.87654, [LONG2]: 5e-12, JS: null, SFJBNT: null, QDRQ: '1999-12-31' },
      },
    ],
  };
}

describe('writeShapefile → readShapefile round trip', () => {
  const path = writeTemp(richLayer());
  const back = readShapefileFromPath(path);

  it('writes the five files, a GBK .cpg and an alias dictionary, and nothing temporary', () => {
    expect(readdirSync(dirname(path)).sort()).toEqual(['parcels.cpg', 'parcels.dbf', 'parcels.fields.csv', 'parcels.prj', 'parcels.shp', 'parcels.shx']);
    expect(readFileSync(path.replace('.shp', '.cpg'), 'utf8')).toBe('GBK');
  });

  it('gives identical coordinates, multipolygons and holes included', () => {
    expect(back.problems).toEqual([]);
    expect(back.features.map((f) => f.geometry)).toEqual(richLayer().features.map((f) => f.geometry));
    expect(back.crs).toMatchObject({ srsId: 4527, how: 'prj' });
  });

  it('gives identical attributes: Chinese text, full long names, exact numbers, booleans and dates', () => {
    expect(back.fields).toEqual(richLayer().fields);
    const expected = richLayer().features.map((f) => ({ ...f.attrs }));
    expected[2]!['地块名称'] = null; // dBase cannot tell an empty string from a missing one
    expect(back.features.map((f) => f.attrs)).toEqual(expected);
  });

  it('stores the shortened names with the dictionary that maps them back', () => {
    const csv = readFileSync(path.replace('.shp', '.fields.csv'), 'utf8');
    expect(csv).toBe(`\uFEFFshort_name,full_name\r\n承包地块~1,${LONG}\r\n承包地块~2,${LONG2}\r\n`);
  });

  it('is read by GDAL with the Chinese values, the CRS and the polygon structure', () => {
    const all = ogrinfo('-al', '-q', path);
    if (all === null) return;
    expect(all).toContain('地块名称 (String) = 鲁西南·复垦区（二）');
    expect(all).toContain('承包地块~1 (Real) = 0.30000000000000004');
    expect(all).toMatch(/JS \(Integer64\) = 9007199254740991/);
    expect(all).toMatch(/POLYGON \(\([^)]*\),\([^)]*\)\)/); // one outer ring and one hole
    expect(all).toMatch(/MULTIPOLYGON \(\(\([^)]*\)\),\(\([^)]*\),\([^)]*\)\)\)/);
    const summary = ogrinfo('-al', '-so', path)!;
    expect(summary).toContain('ID["EPSG",4527]');
    expect(summary).toContain(`Extent: (${X0}.000000, ${Y0}.000000) - (${X0 + 301}.000000, ${Y0 + 25.82}`);
  });

  it('leaves no stale dictionary behind when a later export needs none', () => {
    const layer = { ...richLayer(), fields: richLayer().fields.slice(0, 2) };
    writeShapefile(path, layer);
    expect(existsSync(path.replace('.shp', '.fields.csv'))).toBe(false);
    expect(readShapefileFromPath(path).fields.map((f) => f.name)).toEqual(['DKBM', '地块名称']);
  });
});

describe('writeShapefile field names', () => {
  it('keeps a five-character Chinese name (10 GBK bytes) and never splits a character when shortening', () => {
    const path = writeTemp({ name: 'n', srsId: 4527, fields: [{ name: '地块名称甲', type: 'string' }, { name: 'ABCDEFGHIJK', type: 'string' }, { name: 'ABC地块名称', type: 'string' }], features: [] });
    const names = readShapefileFromPath(path, { srsId: 4527 }).fields.map((f) => f.name);
    expect(names).toEqual(['地块名称甲', 'ABCDEFGHIJK', 'ABC地块名称']);
    expect(readFileSync(path.replace('.shp', '.fields.csv'), 'utf8')).toBe('\uFEFFshort_name,full_name\r\nABCDEFGH~1,ABCDEFGHIJK\r\nABC地块~1,ABC地块名称\r\n');
  });
});

describe('writeShapefile refuses what it cannot write, leaving nothing behind', () => {
  const attempt = (layer: OutputLayer) => {
    const dir = tempDir();
    const path = join(dir, 'bad.shp');
    writeFileSync(join(dir, 'bad.shp'), 'previous');
    expect(() => writeShapefile(path, layer)).toThrow();
    expect(readdirSync(dir)).toEqual(['bad.shp']);
    expect(readFileSync(path, 'utf8')).toBe('previous');
    try {
      writeShapefile(path, layer);
    } catch (err) {
      return (err as Error).message;
    }
    return '';
  };
  const one = (attrs: OutputLayer['features'][0]['attrs'], fields: OutputLayer['fields']): OutputLayer => ({
    name: 'bad',
    srsId: 4527,
    fields,
    features: [{ geometry: polygon(square(X0, Y0, 1)), attrs: {} }, { geometry: polygon(square(X0, Y0, 1)), attrs }],
  });

  it('throws for text longer than 254 GBK bytes, naming field and record', () => {
    expect(attempt(one({ 备注: '地'.repeat(128) }, [{ name: '备注', type: 'string' }]))).toMatch(/字段 备注 第 2 条记录.*256 字节/);
  });

  it('throws for an integer a double cannot hold exactly', () => {
    expect(attempt(one({ N: 2 ** 60 }, [{ name: 'N', type: 'integer' }]))).toContain('字段 N 第 2 条记录');
  });

  it('throws for a real that needs more than 254 digits without an exponent', () => {
    expect(attempt(one({ R: 5e-324 }, [{ name: 'R', type: 'number' }]))).toMatch(/字段 R 第 2 条记录.*超过 254 位/);
  });

  it('throws for a point or line geometry', () => {
    const layer: OutputLayer = { name: 'bad', srsId: 4527, fields: [], features: [{ geometry: { type: 'LineString', coordinates: [[X0, Y0], [X0 + 1, Y0]] }, attrs: {} }] };
    expect(attempt(layer)).toContain('LineString');
  });
});

describe('plainDecimal', () => {
  it.each([0.1 + 0.2, 1e-7, 5e-324, 1.7976931348623157e308, 123456789.12345679, -2.5e-10, 1e21, 0])('writes %d without exponent and parses back to the same double', (v) => {
    const text = plainDecimal(v);
    expect(text).not.toMatch(/e/i);
    expect(Number(text)).toBe(v);
  });
});
