import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Map as LeafletMap } from 'leaflet';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { LayerFeatures, MethodInput, MethodName, MethodOutput } from '../../src/api/contract';
import type { Envelope } from '../../src/api/envelope';
import { fixedClock } from '../../src/domain/calendar/clock';
import { startHost, type RunningHost } from '../../src/host/server';
import { TEST_NOW } from '../setup/test-now';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = join(ROOT, '.artifacts', 'e2e');
export const READY = '[data-testid="map"][data-ready="true"]';

/** The same HTTP API the page uses, called from Node with the per-launch token. */
export type Api = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

export interface E2e {
  dir: string;
  host: RunningHost;
  browser: Browser;
  page: Page;
  /** Uncaught page errors, plus console errors unless the caller opted out. */
  pageErrors: string[];
  /** Requests that left the machine; the app must work offline. */
  foreignRequests: string[];
  api: Api;
  close(): Promise<void>;
}

export interface E2eOptions {
  /** Names the temp dir, e.g. 'edit' → landlink-e2e-edit-XXXX. */
  label?: string;
  /** Prepares the project inside the temp dir and returns the .gpkg path the host opens. */
  project(dir: string): string;
  viewport?: { width: number; height: number };
  /** Whether console.error messages count as page errors (default true). */
  consoleErrors?: boolean;
}

function apiFor(host: RunningHost): Api {
  return async (method, input) => {
    const res = await fetch(new URL(`api/${method}`, host.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify(input),
    });
    const envelope = (await res.json()) as Envelope<MethodOutput<typeof method>>;
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.data;
  };
}

/** Serves the built renderer over a fresh project and opens it in headless Debian Chromium. */
export async function startE2e(options: E2eOptions): Promise<E2e> {
  const dir = mkdtempSync(join(tmpdir(), options.label ? `landlink-e2e-${options.label}-` : 'landlink-e2e-'));
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    mkdirSync(ARTIFACTS, { recursive: true });
    // The core runs on the frozen test clock; the page follows it through project.info (renderer/calendar/today.ts).
    host = await startHost({ file: options.project(dir), staticDir: join(ROOT, 'dist', 'renderer'), clock: fixedClock(TEST_NOW) });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 }, locale: 'zh-CN' });
    const pageErrors: string[] = [];
    const foreignRequests: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') foreignRequests.push(req.url());
    });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    if (options.consoleErrors ?? true) page.on('console', (msg) => msg.type() === 'error' && pageErrors.push(msg.text()));
    return { dir, host, browser, page, pageErrors, foreignRequests, api: apiFor(host), close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** Vertex mean of the outer ring; callers confirm with parcels.at that it falls inside. */
export function ringMean(feature: LayerFeatures['features'][number]): { lon: number; lat: number } {
  const polygon = (feature.geometry.type === 'Polygon' ? feature.geometry.coordinates : feature.geometry.coordinates[0]) as number[][][];
  const ring = polygon[0]!.slice(0, -1);
  return { lon: ring.reduce((s, p) => s + p[0]!, 0) / ring.length, lat: ring.reduce((s, p) => s + p[1]!, 0) / ring.length };
}

/** A large parcel and a point the store itself says lies in it and in nothing else. */
export async function pickParcel(api: Api): Promise<{ id: number; code: string; lon: number; lat: number }> {
  const info = await api('project.info', {});
  const { items } = await api('parcels.inView', { bbox: info.extent!, limit: 5000 });
  const layer = await api('layers.features', { layer: 'parcels' });
  const byId = new Map(layer.features.map((f) => [f.id, f]));
  // Parcels under a contract in force or a linkage parcel are edited only by amendment; pick a free one.
  const free = [];
  for (const item of [...items].sort((a, b) => b.ellipsoidM2 - a.ellipsoidM2)) {
    if ((await api('parcels.encumbrances', { ids: [item.id] })).length === 0) free.push(item);
    if (free.length === 20) break;
  }
  for (const item of free) {
    const point = ringMean(byId.get(item.id)!);
    const { ids } = await api('parcels.at', point);
    if (ids.length === 1 && ids[0] === item.id) return { id: item.id, code: item.code, ...point };
  }
  throw new Error('no parcel with an unambiguous interior point among the 20 largest');
}

/**
 * Waits until the map is still: no zoom or pan animation running (Leaflet keeps both on the map) and every
 * tile layer has drawn its tiles. A fit started by a panel (a project opening) ends before this resolves.
 */
export async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__landlinkMap as (LeafletMap & { _animatingZoom?: boolean; _panAnim?: { _inProgress?: boolean } }) | undefined;
    if (!map || map._animatingZoom || map._panAnim?._inProgress) return false;
    let loading = false;
    map.eachLayer((layer) => {
      if ('isLoading' in layer && typeof layer.isLoading === 'function' && layer.isLoading()) loading = true;
    });
    return !loading;
  }, undefined, { polling: 'raf', timeout: 20_000 });
}

/**
 * Centres the map on a point at the given zoom and clicks it, as a planner would. The view is set once the
 * map is idle and checked again after it, so a fit that was still animating cannot move the map under the click.
 */
export async function clickMapAt(page: Page, point: { lon: number; lat: number }, zoom = 18): Promise<void> {
  let xy: { x: number; y: number } | null = null;
  for (let attempt = 0; attempt < 5 && !xy; attempt++) {
    await mapIdle(page);
    await page.evaluate(({ lon, lat, zoom }) => window.__landlinkMap!.setView([lat, lon], zoom, { animate: false }), { ...point, zoom });
    await mapIdle(page);
    xy = await page.evaluate(({ lon, lat, zoom }) => {
      const map = window.__landlinkMap!;
      const p = map.latLngToContainerPoint([lat, lon]);
      const size = map.getSize();
      // Still the view asked for (the point within a pixel of the centre): nothing moved the map meanwhile.
      if (map.getZoom() !== zoom || Math.abs(p.x - size.x / 2) > 1 || Math.abs(p.y - size.y / 2) > 1) return null;
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, { ...point, zoom });
  }
  if (!xy) throw new Error(`the map would not stay at ${point.lon}, ${point.lat} z${zoom}`);
  await page.mouse.click(xy.x, xy.y);
}
