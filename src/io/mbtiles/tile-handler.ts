import { createHash } from 'node:crypto';
import { MbtilesError } from './mbtiles-error';
import { OpenMbtiles } from './open-files';
import { isGzip, sniffTileFormat, TILE_CONTENT_TYPE } from './tile-format';

/** A web-standard tile handler; `close` releases the MBTiles files it holds open. */
export type TileHandler = ((request: Request) => Promise<Response>) & { close(): void };

/**
 * `/tiles/<basemapId>/<z>/<x>/<y>` on the browser host, `tiles://landlink/<basemapId>/<z>/<x>/<y>` in
 * Electron: the same path after the optional `/tiles` prefix. y counts from the north (XYZ, as Leaflet asks).
 */
const TILE_PATH = /^(?:\/tiles)?\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+)$/;
const MAX_ZOOM = 30;

/** Tiles of one file never change while it stays the same size and age; an hour keeps panning local. */
const CACHE_CONTROL = 'private, max-age=3600';

function text(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}

function parseTilePath(pathname: string): { id: number; z: number; x: number; y: number } | string {
  const match = TILE_PATH.exec(pathname);
  if (!match) return 'expected /tiles/<basemapId>/<z>/<x>/<y>';
  const numbers = match.slice(1).map((part) => (/^\d{1,10}$/.test(part) ? Number(part) : NaN));
  if (numbers.some(Number.isNaN)) return 'basemap id, z, x and y must be whole numbers';
  const [id, z, x, y] = numbers as [number, number, number, number];
  if (id < 1) return 'basemap id must be positive';
  if (z > MAX_ZOOM) return `z must be at most ${MAX_ZOOM}`;
  if (x >= 2 ** z || y >= 2 ** z) return `x and y must be below 2^z = ${2 ** z}`;
  return { id, z, x, y };
}

/**
 * Serves MBTiles tiles for the basemap ids `resolve` knows (design.md §5): 200 with the tile, 204 for
 * a tile the file lacks (the map shows nothing there), 404 for an unknown basemap or a vanished file,
 * 400 for a malformed path. Gzipped vector tiles go out as stored with `Content-Encoding: gzip`.
 */
export function createTileHandler(resolve: (basemapId: number) => string | null): TileHandler {
  const files = new OpenMbtiles();
  const handler = async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'method not allowed');
    const parsed = parseTilePath(new URL(request.url).pathname);
    if (typeof parsed === 'string') return text(400, parsed);
    const path = resolve(parsed.id);
    if (path === null) return text(404, `no basemap ${parsed.id}`);
    let blob: Buffer | null;
    try {
      blob = files.get(path).tile(parsed.z, parsed.x, parsed.y);
    } catch (err) {
      if (err instanceof MbtilesError) return text(404, err.message);
      throw err;
    }
    if (!blob || blob.length === 0) return new Response(null, { status: 204, headers: { 'Cache-Control': CACHE_CONTROL } });

    const etag = `"${createHash('sha1').update(blob).digest('base64url')}"`;
    const headers = new Headers({ 'Cache-Control': CACHE_CONTROL, ETag: etag, 'X-Content-Type-Options': 'nosniff' });
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    headers.set('Content-Type', TILE_CONTENT_TYPE[sniffTileFormat(blob)]);
    if (isGzip(blob)) headers.set('Content-Encoding', 'gzip');
    headers.set('Content-Length', String(blob.length));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(blob), { status: 200, headers });
  };
  return Object.assign(handler, { close: () => files.closeAll() });
}
