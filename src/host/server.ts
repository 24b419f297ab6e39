import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { apiError, apiErrorOf } from '../api/api-error';
import type { Envelope } from '../api/envelope';
import { msg } from '../domain/message';
import { basemapTileHandler } from '../api/handlers/basemaps';
import { openApi, safeUser, type ApiService } from '../api/service';
import type { Clock } from '../domain/calendar/clock';
import { processClock } from './process-clock';
import { CONTENT_SECURITY_POLICY, readStatic } from './static-files';

export interface HostOptions {
  file: string;
  port?: number;
  /** The built renderer; defaults to dist/renderer in the package. */
  staticDir?: string;
  actor?: string;
  /** The clock of the core; LANDLINK_CLOCK or the system clock when absent. */
  clock?: Clock;
  /** How the session names itself beside the project file to other LandLink processes. */
  program?: string;
}

export interface RunningHost {
  url: string;
  token: string;
  api: ApiService;
  close(): Promise<void>;
}

const MAX_BODY = 16 * 1024 * 1024;
const STATUS: Record<string, number> = { bad_input: 400, unknown_method: 404, not_found: 404, conflict: 409, refused: 403, internal: 500 };
export const DEFAULT_STATIC_DIR = resolve(import.meta.dirname, '../../dist/renderer');

/**
 * The loopback host: serves the renderer and `POST /api/<method>` on 127.0.0.1 only. Each launch
 * has its own token, handed to the page inside index.html; the Host header is checked so a
 * page on another site cannot reach the API through DNS rebinding.
 */
export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const api = openApi(opts.file, opts.actor ?? safeUser(), {
    clock: opts.clock ?? processClock(),
    writer: { program: opts.program ?? 'landlink serve', session: true },
  });
  const token = randomBytes(24).toString('hex');
  const staticDir = opts.staticDir ?? DEFAULT_STATIC_DIR;
  const tiles = basemapTileHandler(api.project);
  let port = 0;

  const send = (res: ServerResponse, status: number, body: Buffer | string, type: string) => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    });
    res.end(body);
  };
  const sendEnvelope = (res: ServerResponse, envelope: Envelope) =>
    send(res, envelope.ok ? 200 : (STATUS[envelope.error.code] ?? 500), JSON.stringify(envelope), 'application/json; charset=utf-8');
  const refuse = (res: ServerResponse, status: number, key: string) =>
    send(res, status, JSON.stringify({ ok: false, error: apiError('refused', msg(key)) }), 'application/json; charset=utf-8');

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return refuse(res, 403, 'error.host.wrongHost');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'error.host.usePost');
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${host}`) return refuse(res, 403, 'error.host.foreignOrigin');
      if (!tokenMatches(req.headers.authorization, token)) return refuse(res, 401, 'error.host.token');
      const body = await readBody(req);
      if (body === null) return sendEnvelope(res, { ok: false, error: apiError('bad_input', msg('error.host.bodyTooLarge')) });
      let input: unknown = {};
      if (body.length > 0) {
        try {
          input = JSON.parse(body.toString('utf8'));
        } catch {
          return sendEnvelope(res, { ok: false, error: apiError('bad_input', msg('error.host.notJson'), [{ path: '(body)', message: msg('error.host.notJson') }]) });
        }
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      return sendEnvelope(res, await api.dispatch(method, input, { actor: opts.actor ?? safeUser() }));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'error.host.methodNotAllowed');
    if (url.pathname.startsWith('/tiles/')) {
      // <img> cannot send an Authorization header, so tile URLs carry the token as ?t=; the page sends no Referer.
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${host}`) return refuse(res, 403, 'error.host.foreignOrigin');
      if (!tokenMatches(url.searchParams.get('t') ?? undefined, token)) return refuse(res, 401, 'error.host.token');
      const tile = await tiles(new Request(url, { method: req.method, headers: { 'If-None-Match': req.headers['if-none-match'] ?? '' } }));
      res.writeHead(tile.status, Object.fromEntries(tile.headers));
      return res.end(Buffer.from(await tile.arrayBuffer()));
    }
    const file = await readStatic(staticDir, url.pathname);
    if (!file) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
    const body = file.type.startsWith('text/html') ? Buffer.from(file.body.toString('utf8').replaceAll('%LANDLINK_TOKEN%', token)) : file.body;
    return send(res, 200, body, file.type);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendEnvelope(res, { ok: false, error: apiErrorOf(err) });
    });
  });
  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
    });
  } catch (err) {
    api.close();
    throw err;
  }
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    api,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => {
          tiles.close();
          api.close();
          ok();
        });
      }),
  };
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        ok(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}
