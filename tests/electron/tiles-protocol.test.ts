import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTileHandler } from '../../src/io/mbtiles/tile-handler';
import { CONTENT_SECURITY_POLICY } from '../../src/host/static-files';
import { createTilesProtocolHandler, TILES_SCHEME_PRIVILEGES } from '../../electron/tiles-protocol';
import { RASTER_MBTILES, storedBlob, VECTOR_MBTILES } from '../io/mbtiles/fixtures';

// Nothing here may reach Electron itself; the wrapper needs only web Request/Response.
vi.mock('electron', () => {
  throw new Error('tiles-protocol must not import electron');
});

const core = createTileHandler((id) => ({ 1: RASTER_MBTILES, 2: VECTOR_MBTILES })[id] ?? null);
const handle = createTilesProtocolHandler(core);
afterAll(() => core.close());

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('the tiles:// protocol', () => {
  it('registers tiles as a standard, secure, fetch- and CORS-capable scheme', () => {
    expect(TILES_SCHEME_PRIVILEGES).toEqual({ scheme: 'tiles', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } });
  });

  it('serves raster tiles as the stored bytes with the app origin allowed to read them', async () => {
    const response = await get('tiles://landlink/1/1/0/0');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('access-control-allow-origin')).toBe('app://landlink');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(storedBlob(RASTER_MBTILES, 1, 0, 1));
  });

  it('sends gzipped vector tiles unzipped, without Content-Encoding', async () => {
    const response = await get('tiles://landlink/2/0/0/0');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-protobuf');
    expect(response.headers.get('content-encoding')).toBeNull();
    const body = Buffer.from(await response.arrayBuffer());
    expect(body).toEqual(gunzipSync(storedBlob(VECTOR_MBTILES, 0, 0, 0)!));
    expect(response.headers.get('content-length')).toBe(String(body.length));
  });

  it('answers only the landlink host', async () => {
    expect((await get('tiles://elsewhere/1/0/0/0')).status).toBe(404);
    expect((await get('tiles://landlink/9/0/0/0')).status).toBe(404);
    expect((await get('tiles://landlink/1/x/0/0')).status).toBe(400);
    expect((await get('tiles://landlink/1/3/0/7')).status).toBe(204);
  });

  it('is allowed by the page CSP for images and fetch, and only on the landlink host', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/img-src [^;]*tiles:\/\/landlink/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/connect-src [^;]*tiles:\/\/landlink/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/tiles:[ ;]/);
  });
});
