import { describe, expect, it } from 'vitest';
import { esriPrj } from '../../../src/io/shapefile/prj';
import { readShapefile } from '../../../src/io/shapefile/read-shapefile';
import { parcelsLayer, partsOf, polygon, rawDbf, rawShp, square, writeTemp, X0, Y0 } from './fixtures';

const three = () => partsOf(writeTemp(parcelsLayer([0, 1, 2].map((i) => polygon(square(X0 + 100 * i, Y0, 20))))));
const dbfFor = (n: number) => rawDbf('NAME', Array.from({ length: n }, (_, i) => new TextEncoder().encode(`P${i + 1}`)));

describe('readShapefile reports defects by file and record', () => {
  it('reports a .shp cut short against its header length, naming the record that runs past the end', () => {
    const parts = three();
    const layer = readShapefile({ ...parts, base: 'cut.shp', shp: parts.shp.subarray(0, parts.shp.length - 30) });
    const problems = layer.problems;
    expect(problems).toContainEqual({ file: 'cut.shp', record: null, fatal: true, reason: expect.stringMatching(/声明 \d+ 字节，实际只有 \d+ 字节/) });
    expect(problems).toContainEqual({ file: 'cut.shp', record: 3, fatal: true, reason: expect.stringContaining('第 3 条记录') });
    expect(problems).toContainEqual({ file: 'cut.dbf', record: null, fatal: true, reason: expect.stringContaining('.dbf 有 3 条记录，.shp 有 2 条') });
    expect(layer.features.map((f) => f.record)).toEqual([1, 2]);
  });

  it('reports a .dbf whose record count differs from the .shp, naming both counts', () => {
    const layer = readShapefile({ ...three(), base: 'p.shp', dbf: dbfFor(2) });
    expect(layer.problems).toEqual([{ file: 'p.dbf', record: null, fatal: true, reason: expect.stringContaining('.dbf 有 2 条记录，.shp 有 3 条') }]);
  });

  it('notes a .shx that indexes a different number of records than the .shp holds', () => {
    const parts = three();
    const layer = readShapefile({ ...parts, base: 'x.shp', shx: parts.shx.subarray(0, 100 + 8 * 2) });
    expect(layer.problems).toEqual([{ file: 'x.shx', record: null, fatal: false, reason: '.shx 索引 2 条记录，.shp 有 3 条' }]);
    expect(layer.features).toHaveLength(3);
  });

  it('reports a missing .dbf as fatal', () => {
    const { dbf: _dbf, ...parts } = three();
    const layer = readShapefile({ ...parts, base: 'p.shp' });
    expect(layer.problems).toEqual([{ file: 'p.dbf', record: null, fatal: true, reason: expect.stringContaining('缺少 .dbf') }]);
  });

  it('refuses a layer of another shape type, naming the type', () => {
    const layer = readShapefile({ base: 'roads.shp', shp: rawShp([[square(X0, Y0, 10)]], 3), dbf: dbfFor(1) });
    expect(layer.features).toEqual([]);
    expect(layer.problems).toEqual([{ file: 'roads.shp', record: null, fatal: true, reason: expect.stringContaining('PolyLine') }]);
  });

  it('reads PolygonZ and PolygonM records as 2D polygons', () => {
    for (const type of [15, 25]) {
      const ring = square(X0, Y0, 10).reverse();
      const shp = rawShp([[ring]], type);
      // Z/M arrays after the points are absent here: the reader must not need them.
      const layer = readShapefile({ base: 'z.shp', shp, dbf: dbfFor(1), prj: esriPrj(4527) });
      expect(layer.problems).toEqual([]);
      expect(layer.features[0]!.geometry).toEqual(polygon(square(X0, Y0, 10)));
    }
  });

  it('keeps a null shape as a record without geometry and reports it', () => {
    const layer = readShapefile({ base: 'n.shp', shp: rawShp([[square(X0, Y0, 10).reverse()], null]), dbf: dbfFor(2), prj: esriPrj(4527) });
    expect(layer.features[1]).toEqual({ record: 2, geometry: null, attrs: { NAME: 'P2' } });
    expect(layer.problems).toEqual([{ file: 'n.shp', record: 2, fatal: false, reason: expect.stringContaining('Null') }]);
  });

  it('reports a ring of fewer than 4 points on its record', () => {
    const shp = rawShp([[square(X0, Y0, 10).reverse()], [[[X0, Y0], [X0 + 1, Y0], [X0, Y0]]]]);
    const layer = readShapefile({ base: 'r.shp', shp, dbf: dbfFor(2), prj: esriPrj(4527) });
    expect(layer.features[1]!.geometry).toBeNull();
    expect(layer.problems).toEqual([{ file: 'r.shp', record: 2, fatal: false, reason: expect.stringContaining('只有 3 个点') }]);
  });

  it('reports a record whose point count runs past its own length as unparsable', () => {
    const shp = rawShp([[square(X0, Y0, 10).reverse()]]);
    new DataView(shp.buffer).setInt32(100 + 8 + 40, 500, true); // numPoints
    const layer = readShapefile({ base: 'b.shp', shp, dbf: dbfFor(1), prj: esriPrj(4527) });
    expect(layer.problems).toEqual([{ file: 'b.shp', record: 1, fatal: false, reason: expect.stringContaining('500 个点') }]);
  });

  it('skips records deleted in the .dbf and reports each', () => {
    const parts = three();
    const dbf = parts.dbf.slice();
    const view = new DataView(dbf.buffer);
    dbf[view.getUint16(8, true) + view.getUint16(10, true)] = 0x2a; // record 2's deletion flag
    const layer = readShapefile({ ...parts, base: 'd.shp', dbf });
    expect(layer.features.map((f) => f.record)).toEqual([1, 3]);
    expect(layer.problems).toEqual([{ file: 'd.dbf', record: 2, fatal: false, reason: expect.stringContaining('删除') }]);
  });

  it('reports a .dbf number that is not a number, naming record and field', () => {
    const parts = partsOf(writeTemp(parcelsLayer([polygon(square(X0, Y0, 20))])));
    const dbf = parts.dbf.slice();
    const text = new TextDecoder('latin1').decode(dbf);
    const at = text.lastIndexOf('1.5');
    dbf.set(new TextEncoder().encode('1x5'), at);
    const layer = readShapefile({ ...parts, base: 'v.shp', dbf });
    expect(layer.features[0]!.attrs['MJ']).toBeNull();
    expect(layer.problems).toEqual([{ file: 'v.dbf', record: 1, fatal: false, reason: expect.stringMatching(/字段 MJ .*1x5.*不是数字/) }]);
  });

  it('reads integers exactly and reports one too large for a double instead of rounding it', () => {
    const digits = ['9007199254740991', '1234567890123456789'].map((d) => new TextEncoder().encode(d.padStart(19)));
    const layer = readShapefile({ base: 'i.shp', shp: rawShp([0, 1].map((i) => [square(X0 + 100 * i, Y0, 10).reverse()])), dbf: rawDbf('CODE', digits, 'N', 19), prj: esriPrj(4527) });
    expect(layer.fields).toEqual([{ name: 'CODE', type: 'integer' }]);
    expect(layer.features.map((f) => f.attrs['CODE'])).toEqual([9007199254740991, null]);
    expect(layer.problems).toEqual([{ file: 'i.dbf', record: 2, fatal: false, reason: expect.stringContaining('1234567890123456789') }]);
  });
});
