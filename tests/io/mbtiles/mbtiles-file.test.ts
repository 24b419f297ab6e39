import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MbtilesError } from '../../../src/io/mbtiles/mbtiles-error';
import { MbtilesFile } from '../../../src/io/mbtiles/mbtiles-file';
import { RASTER_MBTILES, storedBlob, tempDir, VECTOR_MBTILES, writeMbtiles, writeText } from './fixtures';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

function refusal(file: string): MbtilesError {
  try {
    MbtilesFile.open(file).close();
  } catch (err) {
    if (err instanceof MbtilesError) return err;
    throw err;
  }
  throw new Error(`${file} was accepted`);
}

describe('an MBTiles file', () => {
  it('reads the raster metadata, taking zooms from the tiles and the format from the first tile when the rows omit them', () => {
    const file = MbtilesFile.open(RASTER_MBTILES);
    expect(file.metadata).toEqual({
      name: 'plain_1',
      format: 'png',
      kind: 'raster',
      minZoom: 0,
      maxZoom: 4,
      bounds: [-179.9999999749438, -69.99999999526695, 179.9999999749438, 84.99999999782301],
      attribution: null,
      description: 'demo description',
      json: { level1: { level2: 'property' }, version: '2.0.0' },
    });
    file.close();
  });

  it('reads the vector metadata with its declared zooms, bounds and vector_layers json', () => {
    const file = MbtilesFile.open(VECTOR_MBTILES);
    expect(file.metadata).toMatchObject({ name: 'Major cities from Natural Earth data', format: 'pbf', kind: 'vector', minZoom: 0, maxZoom: 6 });
    expect(file.metadata.bounds).toEqual([-123.12359, -37.818085, 174.763027, 59.352706]);
    expect((file.metadata.json?.['vector_layers'] as { id: string }[])[0]?.id).toBe('cities');
    file.close();
  });

  it('flips y: XYZ tile z/x/y is the stored row 2^z-1-y', () => {
    const file = MbtilesFile.open(RASTER_MBTILES);
    // At z1 the two rows of column 0 differ (7414 and 1626 bytes): XYZ y=0 (north) is stored row 1.
    expect(file.tile(1, 0, 0)).toEqual(storedBlob(RASTER_MBTILES, 1, 0, 1));
    expect(file.tile(1, 0, 1)).toEqual(storedBlob(RASTER_MBTILES, 1, 0, 0));
    expect(file.tile(1, 0, 0)?.length).toBe(7414);
    // z3 column 0 stores rows 1..7 only, so XYZ y=7 (row 0) has no tile while y=0 (row 7) has one.
    expect(file.tile(3, 0, 0)).toEqual(storedBlob(RASTER_MBTILES, 3, 0, 7));
    expect(file.tile(3, 0, 7)).toBeNull();
    file.close();
  });

  it('understands jpeg spelled out in the metadata and falls back to the file name when there is no name', () => {
    const file = writeMbtiles(join(tempDir(), 'county-photo.mbtiles'), { format: 'jpeg', minzoom: '12', maxzoom: '14' }, [[12, 0, 0, JPEG]]);
    const opened = MbtilesFile.open(file);
    expect(opened.metadata).toMatchObject({ name: 'county-photo', format: 'jpg', kind: 'raster', minZoom: 12, maxZoom: 14, bounds: null });
    opened.close();
  });

  it('ignores unreadable bounds and zooms rather than refusing the file', () => {
    const file = writeMbtiles(join(tempDir(), 'odd.mbtiles'), { bounds: '1,2,three,4', minzoom: '9', maxzoom: '3' }, [[5, 0, 0, JPEG], [7, 0, 0, JPEG]]);
    const opened = MbtilesFile.open(file);
    expect(opened.metadata).toMatchObject({ bounds: null, minZoom: 5, maxZoom: 7, format: 'jpg' });
    opened.close();
  });

  it('refuses a missing file, a text file, a SQLite file without tiles and an empty tiles table, naming the file', () => {
    const dir = tempDir();
    const missing = refusal(join(dir, 'nope.mbtiles'));
    expect(missing.code).toBe('missing');
    expect(missing.message).toContain('nope.mbtiles');

    const text = refusal(writeText(dir, 'notes.mbtiles', 'not a database at all, just some words'));
    expect(text.code).toBe('not_mbtiles');
    expect(text.message).toContain('notes.mbtiles');

    const emptyTiles = writeMbtiles(join(dir, 'empty.mbtiles'), { name: 'empty' }, []);
    expect(refusal(emptyTiles).code).toBe('empty');
    // An empty file is a valid, empty SQLite database: it opens, but has no tiles table.
    expect(refusal(writeText(dir, 'blank.mbtiles', '')).code).toBe('not_mbtiles');
  });
});
