import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayerFeatures, MethodInput, MethodName, MethodOutput } from '../../src/api/contract';
import type { Envelope } from '../../src/api/envelope';
import { formatM2, formatMu } from '../../src/domain/units';
import { ensureDemoProject } from '../../src/host/demo-project';
import { startHost, type RunningHost } from '../../src/host/server';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = join(ROOT, '.artifacts', 'e2e');
const READY = '[data-testid="map"][data-ready="true"]';

let dir: string;
let host: RunningHost;
let browser: Browser;
let page: Page;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

/** The same HTTP API the page uses, called from Node with the per-launch token. */
async function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const res = await fetch(new URL(`api/${method}`, host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const envelope = (await res.json()) as Envelope<MethodOutput<M>>;
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.data;
}

/** Vertex mean of the outer ring; callers confirm with parcels.at that it falls inside. */
function ringMean(feature: LayerFeatures['features'][number]): { lon: number; lat: number } {
  const polygon = (feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates[0]) as number[][][];
  const ring = polygon[0]!.slice(0, -1);
  return { lon: ring.reduce((s, p) => s + p[0]!, 0) / ring.length, lat: ring.reduce((s, p) => s + p[1]!, 0) / ring.length };
}

/** A large parcel and a point the store itself says lies in it and in nothing else. */
async function pickParcel(): Promise<{ id: number; code: string; lon: number; lat: number }> {
  const info = await api('project.info', {});
  const { items } = await api('parcels.inView', { bbox: info.extent!, limit: 5000 });
  const layer = await api('layers.features', { layer: 'parcels' });
  const byId = new Map(layer.features.map((f) => [f.id, f]));
  for (const item of [...items].sort((a, b) => b.ellipsoidM2 - a.ellipsoidM2).slice(0, 20)) {
    const point = ringMean(byId.get(item.id)!);
    const { ids } = await api('parcels.at', point);
    if (ids.length === 1 && ids[0] === item.id) return { id: item.id, code: item.code, ...point };
  }
  throw new Error('no parcel with an unambiguous interior point among the 20 largest');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'landlink-e2e-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  host = await startHost({ file: ensureDemoProject(dir), staticDir: join(ROOT, 'dist', 'renderer') });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreignRequests.push(req.url());
  });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && pageErrors.push(msg.text()));
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('map and parcel panel in the browser host', () => {
  it('opens the demo, selects a parcel by clicking the map and shows its areas, in Chinese and English', async () => {
    await page.goto(`${host.url}?test`);
    await page.waitForSelector(READY, { timeout: 20_000 });
    await expect.poll(() => page.textContent('h1')).toBe('LandLink 土地流转与增减挂钩规划');
    expect(await page.textContent('[data-testid="synthetic-notice"]')).toBe('示例数据为虚构');
    await page.waitForTimeout(300); // let the first canvas tiles paint before the overview shot
    await page.screenshot({ path: join(ARTIFACTS, 'overview-zh.png') });

    const parcel = await pickParcel();
    const detail = await api('parcels.get', { id: parcel.id });
    // Zoom in on the parcel so the click lands well inside it, then click the map there.
    const point = await page.evaluate(({ lon, lat }) => {
      const map = window.__landlinkMap!;
      map.setView([lat, lon], 18, { animate: false });
      const p = map.latLngToContainerPoint([lat, lon]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, parcel);
    await page.waitForTimeout(300);
    await page.mouse.click(point.x, point.y);

    await expect.poll(() => page.textContent('[data-testid="parcel-code"]')).toBe(parcel.code);
    const area = page.locator('[data-testid="area-ellipsoid-mu"]');
    expect(await area.textContent()).toBe(`${formatMu(detail.areas.ellipsoidM2)} 亩`);
    expect(await area.getAttribute('title')).toBe(`${formatM2(detail.areas.ellipsoidM2)} m²`);
    expect(await page.textContent('[data-testid="parcel-panel"]')).toContain('椭球面积');
    await page.screenshot({ path: join(ARTIFACTS, 'parcel-zh.png') });

    await page.click('[data-testid="lang-en"]');
    await expect.poll(() => page.textContent('[data-testid="parcel-panel"]')).toContain('Parcel code');
    expect(await area.textContent()).toBe(`${formatMu(detail.areas.ellipsoidM2)} mu`);
    expect(await page.textContent('[data-testid="synthetic-notice"]')).toBe('Demo data is synthetic');
    await page.screenshot({ path: join(ARTIFACTS, 'parcel-en.png') });

    // The choice of language survives a reload.
    await page.reload();
    await page.waitForSelector(READY, { timeout: 20_000 });
    expect(await page.textContent('h1')).toBe('LandLink — Land Transfer and Linkage Planning');

    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
