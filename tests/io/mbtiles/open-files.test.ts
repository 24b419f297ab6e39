import { describe, expect, it } from 'vitest';
import { MbtilesError } from '../../../src/io/mbtiles/mbtiles-error';
import { OpenMbtiles } from '../../../src/io/mbtiles/open-files';
import { copyTo, RASTER_MBTILES, tempDir } from './fixtures';

describe('the open MBTiles files', () => {
  it('keep a file open across lookups', () => {
    const files = new OpenMbtiles();
    expect(files.get(RASTER_MBTILES)).toBe(files.get(RASTER_MBTILES));
    files.closeAll();
  });

  it('close the least recently used file beyond their capacity', () => {
    const dir = tempDir();
    const [a, b, c] = ['a', 'b', 'c'].map((n) => copyTo(dir, RASTER_MBTILES, `${n}.mbtiles`)) as [string, string, string];
    const files = new OpenMbtiles(2);
    const first = files.get(a);
    files.get(b);
    files.get(a);
    files.get(c);
    expect(files.size).toBe(2);
    // a was used after b, so b went; a is still the same open file and still serves tiles.
    expect(files.get(a)).toBe(first);
    expect(first.tile(0, 0, 0)).not.toBeNull();
    files.closeAll();
    expect(files.size).toBe(0);
  });

  it('report a missing file as MbtilesError naming it', () => {
    const files = new OpenMbtiles();
    expect(() => files.get('/nowhere/x.mbtiles')).toThrow(MbtilesError);
    expect(() => files.get('/nowhere/x.mbtiles')).toThrow(/x\.mbtiles/);
  });
});
