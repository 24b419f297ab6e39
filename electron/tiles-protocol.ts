import { gunzipSync } from 'node:zlib';
import { APP_ORIGIN } from './security';

/**
 * tiles://landlink/<basemapId>/<z>/<x>/<y>: the basemap tiles of design.md §5, answered by the same
 * web-standard handler the browser host mounts on /tiles/. Only types of 'electron' are needed here,
 * so the wrapper runs and is tested in Node.
 */

export const TILES_SCHEME = 'tiles';
export const TILES_HOST = 'landlink';
export const TILES_URL_PREFIX = `${TILES_SCHEME}://${TILES_HOST}/`;

/**
 * Standard and secure so tiles:// URLs have an origin and may load into the app:// page; CORS-enabled
 * so the vector layer can fetch() them cross-origin from app://landlink.
 */
export const TILES_SCHEME_PRIVILEGES = {
  scheme: TILES_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};

type WebHandler = (request: Request) => Promise<Response>;

/**
 * Adapts the core tile handler to tiles://: answers only the landlink host, lets the app origin read
 * the bytes (fetch of vector tiles), and sends gzipped vector tiles already unzipped, since we did not
 * want to rely on Chromium decoding Content-Encoding for a custom scheme.
 */
export function createTilesProtocolHandler(tiles: WebHandler): WebHandler {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response('bad url', { status: 400 });
    }
    if (url.protocol !== `${TILES_SCHEME}:` || url.host !== TILES_HOST) return new Response('not found', { status: 404 });
    const response = await tiles(request);
    const headers = new Headers(response.headers);
    headers.set('Access-Control-Allow-Origin', APP_ORIGIN);
    headers.set('Vary', 'Origin');
    if (headers.get('content-encoding') !== 'gzip' || request.method === 'HEAD') {
      return new Response(response.body, { status: response.status, headers });
    }
    const body = gunzipSync(new Uint8Array(await response.arrayBuffer()));
    headers.delete('Content-Encoding');
    headers.set('Content-Length', String(body.length));
    return new Response(new Uint8Array(body), { status: response.status, headers });
  };
}
