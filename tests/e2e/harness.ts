import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { LayerFeatures, MethodInput, MethodName, MethodOutput } from '../../src/api/contract';
import type { Envelope } from '../../src/api/envelope';
import { startHost, type RunningHost } from '../../src/host/server';

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
    host = await startHost({ file: options.project(dir), staticDir: join(ROOT, 'dist', 'renderer') });
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
  for (const item of [...items].sort((a, b) => b.ellipsoidM2 - a.ellipsoidM2).slice(0, 20)) {
    const point = ringMean(byId.get(item.id)!);
    const { ids } = await api('parcels.at', point);
    if (ids.length === 1 && ids[0] === item.id) return { id: item.id, code: item.code, ...point };
  }
  throw new Error('no parcel with an unambiguous interior point among the 20 largest');
}

/** Centres the map on a point at the given zoom and clicks it, as a planner would. */
export async function clickMapAt(page: Page, point: { lon: number; lat: number }, zoom = 18): Promise<void> {
  const xy = await page.evaluate(({ lon, lat, zoom }) => {
    const map = window.__landlinkMap!;
    map.setView([lat, lon], zoom, { animate: false });
    const p = map.latLngToContainerPoint([lat, lon]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, { ...point, zoom });
  await page.waitForTimeout(300); // let the tiles at the new view paint before clicking
  await page.mouse.click(xy.x, xy.y);
}
