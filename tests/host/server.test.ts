import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../src/host/server';
import { Project } from '../../src/store/project';
import { writeProjectData } from '../../src/store/project-data-writer';
import { smallData, tempFile } from '../store/fixtures';

let host: RunningHost;

beforeAll(async () => {
  const file = tempFile();
  const project = Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester');
  writeProjectData(project, smallData(), 'tester');
  project.close();
  const staticDir = mkdtempSync(join(tmpdir(), 'landlink-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<meta name="landlink-token" content="%LANDLINK_TOKEN%">');
  host = await startHost({ file, staticDir, actor: 'tester' });
});
afterAll(() => host.close());

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(new URL(path, host.url), { method: 'POST', body, headers: { Authorization: `Bearer ${host.token}`, ...headers } });
}

/** fetch() will not send a forged Host header, so this goes through node:http. */
function rawGet(path: string, hostHeader: string): Promise<number> {
  const url = new URL(host.url);
  return new Promise((ok, fail) => {
    request({ host: '127.0.0.1', port: url.port, path, headers: { Host: hostHeader } }, (res) => {
      res.resume();
      ok(res.statusCode!);
    })
      .on('error', fail)
      .end();
  });
}

describe('the loopback host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
  });

  it('hands the per-launch token to its own page with a CSP header', async () => {
    const res = await fetch(host.url);
    expect(await res.text()).toContain(`content="${host.token}"`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers POST /api/<method> with the envelope', async () => {
    const res = await post('/api/project.info', '{}');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, data: { counts: { parcels: 3 } } });
  });

  it('refuses a call without the token, from a foreign origin, or with a forged Host', async () => {
    expect((await post('/api/project.info', '{}', { Authorization: 'Bearer nope' })).status).toBe(401);
    expect((await post('/api/project.info', '{}', { Origin: 'http://evil.example' })).status).toBe(403);
    expect(await rawGet('/', 'evil.example')).toBe(403);
  });

  it('rejects malformed JSON and bad fields with bad_input naming the field', async () => {
    const notJson = await post('/api/parcels.get', '{id:');
    expect(notJson.status).toBe(400);
    const bad = await post('/api/parcels.get', JSON.stringify({ id: 'one' }));
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'bad_input', issues: [{ path: 'id' }] } });
  });

  it('does not serve files outside the renderer folder', async () => {
    expect(await rawGet('/../../etc/passwd', new URL(host.url).host)).toBe(404);
    expect(await rawGet('/%2e%2e/%2e%2e/etc/passwd', new URL(host.url).host)).toBe(404);
  });
});
