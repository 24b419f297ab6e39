import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, MIME_TYPES } from '../src/host/static-files';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * The app:// handler: serves the built renderer (dist/renderer) with a strict CSP. Plain
 * `(Request) => Response`, so it runs and is tested without Electron.
 */


/**
 * Maps an app:// URL to a file under `root`, or null when the URL is foreign or would escape
 * `root` (dot segments, encoded slashes or backslashes, NUL bytes).
 */
export function resolveAppPath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // An encoded separator or NUL could smuggle a path the URL parser never normalised.
  if (/[\\\0]/.test(relative) || /%2f|%5c/i.test(parsed.pathname)) return null;
  if (relative === '/' || relative === '') relative = '/index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, `.${relative}`);
  return file.startsWith(base + path.sep) ? file : null;
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // The renderer is rebuilt between launches, never mid-session; no need to cache.
    'Cache-Control': 'no-store',
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

/** Builds the protocol handler serving files under `root`. */
export function createAppHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'method not allowed');
    const file = resolveAppPath(root, request.url);
    if (!file) return textResponse(404, 'not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return textResponse(404, 'not found');
    }
    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: securityHeaders(type) });
  };
}
