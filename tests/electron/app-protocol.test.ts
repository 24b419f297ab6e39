import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { createAppHandler, resolveAppPath } from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../src/host/static-files';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'landlink-app-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>LandLink</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  // A secret next to the renderer folder, which traversal attempts aim at.
  writeFileSync(path.join(base, 'secret.txt'), 'secret');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppHandler(root)(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('serves index.html with the strict CSP and nosniff', async () => {
    const response = await get('app://landlink/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('LandLink');
  });

  it('serves the root as index.html and scripts as JavaScript', async () => {
    expect(await (await get('app://landlink/')).text()).toContain('LandLink');
    const script = await get('app://landlink/assets/app.js?v=2');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing file and for a directory', async () => {
    expect((await get('app://landlink/missing.js')).status).toBe(404);
    expect((await get('app://landlink/assets')).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://landlink/../secret.txt',
      'app://landlink/%2e%2e/secret.txt',
      'app://landlink/assets/..%2f..%2fsecret.txt',
      'app://landlink/..%5csecret.txt',
      'app://landlink/index.html%00.js',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('secret');
    }
  });

  it('maps only the landlink host of the app scheme', () => {
    expect(resolveAppPath(root, 'app://landlink/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'https://landlink/index.html')).toBeNull();
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://landlink/index.html', 'POST')).status).toBe(405);
    const head = await get('app://landlink/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
