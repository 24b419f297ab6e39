import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types of the renderer's files, for the browser host and Electron's app:// alike. */
export const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Electron page loads basemap tiles from tiles://landlink; the browser host serves them from 'self'. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob: tiles://landlink; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self' tiles://landlink; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** Resolves a URL path inside `root`, refusing anything that escapes it. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  const rel = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const base = resolve(root);
  const full = resolve(join(base, rel));
  return full === base || full.startsWith(base + sep) ? full : null;
}

export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  const file = resolveStatic(root, urlPath);
  if (!file) return null;
  try {
    return { body: await readFile(file), type: MIME_TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
