import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../src/host/server';
import { Project } from '../../src/store/project';
import { RASTER_MBTILES, storedBlob, VECTOR_MBTILES } from '../io/mbtiles/fixtures';
import { tempFile } from '../store/fixtures';

let host: RunningHost;
let raster: number;
let vector: number;

async function call(method: string, input: unknown) {
  const res = await fetch(new URL(`/api/${method}`, host.url), { method: 'POST', body: JSON.stringify(input), headers: { Authorization: `Bearer ${host.token}` } });
  return (await res.json()) as { ok: boolean; data: { id: number } };
}

beforeAll(async () => {
  const file = tempFile();
  Project.create(file, { name: 't', srsId: 4527, synthetic: false }, 'tester').close();
  host = await startHost({ file, staticDir: '/nonexistent', actor: 'tester' });
  raster = (await call('basemaps.add', { path: RASTER_MBTILES })).data.id;
  vector = (await call('basemaps.add', { path: VECTOR_MBTILES })).data.id;
});
afterAll(() => host.close());

const tileUrl = (path: string, token: string | null = host.token) => new URL(`/tiles/${path}${token === null ? '' : `?t=${token}`}`, host.url);

/** fetch() would gunzip the body; node:http shows the bytes and headers as sent. */
function rawGet(url: URL, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((ok, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('tiles through the loopback host', () => {
  it('serves a raster tile from a basemap added through the API, given the token as ?t=', async () => {
    const res = await fetch(tileUrl(`${raster}/1/0/0`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(storedBlob(RASTER_MBTILES, 1, 0, 1));
  });

  it('sends a gzipped vector tile as stored with Content-Encoding gzip', async () => {
    const res = await rawGet(tileUrl(`${vector}/0/0/0`));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-protobuf');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body).toEqual(storedBlob(VECTOR_MBTILES, 0, 0, 0));
  });

  it('refuses tiles without the token, with a wrong token or the token in a header only', async () => {
    expect((await fetch(tileUrl(`${raster}/0/0/0`, null))).status).toBe(401);
    expect((await fetch(tileUrl(`${raster}/0/0/0`, 'f'.repeat(48)))).status).toBe(401);
    expect((await fetch(tileUrl(`${raster}/0/0/0`, null), { headers: { Authorization: `Bearer ${host.token}` } })).status).toBe(401);
  });

  it('refuses a foreign origin and a forged Host even with the token', async () => {
    expect((await rawGet(tileUrl(`${raster}/0/0/0`), { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rawGet(tileUrl(`${raster}/0/0/0`), { Host: 'evil.example' })).status).toBe(403);
  });

  it('answers 204, 404 and 400 through the host as the handler does', async () => {
    expect((await fetch(tileUrl(`${raster}/3/0/7`))).status).toBe(204);
    expect((await fetch(tileUrl('999/0/0/0'))).status).toBe(404);
    expect((await fetch(tileUrl(`${raster}/2/9/0`))).status).toBe(400);
  });

  it('stops serving a basemap once it is removed', async () => {
    const extra = await call('basemaps.remove', { id: raster });
    expect(extra.ok).toBe(true);
    expect((await fetch(tileUrl(`${raster}/0/0/0`))).status).toBe(404);
  });
});
