import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { afterAll, describe, expect, it } from 'vitest';
import { createTileHandler } from '../../../src/io/mbtiles/tile-handler';
import { copyTo, RASTER_MBTILES, storedBlob, tempDir, VECTOR_MBTILES, writeMbtiles } from './fixtures';

const dir = tempDir();
const paths = new Map<number, string>([
  [1, RASTER_MBTILES],
  [2, VECTOR_MBTILES],
  [3, join(dir, 'moved-away.mbtiles')],
]);
const handler = createTileHandler((id) => paths.get(id) ?? null);
afterAll(() => handler.close());

const get = (path: string, init?: RequestInit) => handler(new Request(`http://127.0.0.1/tiles${path}`, init));
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('the tile handler', () => {
  it('serves a raster tile as the stored PNG bytes, flipping y, with cache headers', async () => {
    const response = await get('/1/1/0/0');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await bytes(response)).toEqual(storedBlob(RASTER_MBTILES, 1, 0, 1));
  });

  it('serves a gzipped vector tile as stored, marked application/x-protobuf with Content-Encoding gzip', async () => {
    // Undici's fetch would gunzip; the handler's own Response keeps the stored bytes.
    const response = await get('/2/0/0/0');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-protobuf');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = await bytes(response);
    expect(body).toEqual(storedBlob(VECTOR_MBTILES, 0, 0, 0));
    expect(response.headers.get('content-length')).toBe(String(body.length));
  });

  it('serves vector tiles that decode to the cities layer with named points', async () => {
    const tile = new VectorTile(new PbfReader(gunzipSync(await bytes(await get('/2/0/0/0')))));
    const cities = tile.layers['cities'];
    expect(cities).toBeDefined();
    expect(cities!.length).toBeGreaterThan(10);
    const names = Array.from({ length: cities!.length }, (_, i) => cities!.feature(i));
    expect(names.every((f) => f.type === 1)).toBe(true);
    expect(names.map((f) => f.properties['name'])).toContain('Amsterdam');
  });

  it('marks a JPEG tile image/jpeg and an uncompressed vector tile without Content-Encoding', async () => {
    const jpeg = writeMbtiles(join(dir, 'photo.mbtiles'), { format: 'jpg' }, [[0, 0, 0, new Uint8Array([0xff, 0xd8, 0xff, 0xe0])]]);
    const plainPbf = writeMbtiles(join(dir, 'plain.mbtiles'), { format: 'pbf' }, [[0, 0, 0, new Uint8Array([0x1a, 0x02, 0x78, 0x02])]]);
    paths.set(4, jpeg).set(5, plainPbf);
    const photo = await get('/4/0/0/0');
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    const vector = await get('/5/0/0/0');
    expect(vector.headers.get('content-type')).toBe('application/x-protobuf');
    expect(vector.headers.get('content-encoding')).toBeNull();
  });

  it('answers 204 for a tile the file lacks', async () => {
    const response = await get('/1/3/0/7');
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for an unknown basemap and for a basemap whose file is gone', async () => {
    expect((await get('/99/0/0/0')).status).toBe(404);
    const gone = await get('/3/0/0/0');
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain('moved-away.mbtiles');
  });

  it('answers 400 for malformed numbers and tiles outside the zoom level', async () => {
    for (const path of ['/1/a/0/0', '/1/1/0/-1', '/1/1/0/0.5', '/0/1/0/0', '/1/1/2/0', '/1/1/0/2', '/1/31/0/0', '/1/1/0', '/1/1/0/0/0', '/1/1e1/0/0']) {
      expect((await get(path)).status, path).toBe(400);
    }
  });

  it('serves the tiles:// form of the path, without the /tiles prefix', async () => {
    const response = await handler(new Request('tiles://landlink/1/0/0/0'));
    expect(response.status).toBe(200);
    expect(await bytes(response)).toEqual(storedBlob(RASTER_MBTILES, 0, 0, 0));
  });

  it('answers HEAD without a body, 304 for a matching ETag and 405 for other methods', async () => {
    const head = await get('/1/0/0/0', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const etag = head.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect((await get('/1/0/0/0', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await get('/1/0/0/0', { method: 'POST' })).status).toBe(405);
  });

  it('reopens a file replaced on disk instead of serving the old tiles', async () => {
    const file = copyTo(dir, RASTER_MBTILES, 'swap.mbtiles');
    paths.set(6, file);
    expect((await get('/6/0/0/0')).status).toBe(200);
    rmSync(file);
    writeMbtiles(file, { format: 'jpg' }, [[0, 0, 0, new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 7])]]);
    const after = await get('/6/0/0/0');
    expect(after.headers.get('content-type')).toBe('image/jpeg');
    rmSync(file);
    expect((await get('/6/0/0/0')).status).toBe(404);
  });
});
