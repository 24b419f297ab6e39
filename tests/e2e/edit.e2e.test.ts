import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayerFeatures, MethodInput, MethodName, MethodOutput } from '../../src/api/contract';
import type { Envelope } from '../../src/api/envelope';
import { formatMu, m2ToMu } from '../../src/domain/units';
import { ensureDemoProject } from '../../src/host/demo-project';
import { startHost, type RunningHost } from '../../src/host/server';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTIFACTS = join(ROOT, '.artifacts', 'e2e');
const READY = '[data-testid="map"][data-ready="true"]';

let dir: string;
let host: RunningHost;
let browser: Browser;
let page: Page;
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

/** Centres the map on a point at parcel zoom and clicks it, as a planner would. */
async function clickMapAt(point: { lon: number; lat: number }): Promise<void> {
  const xy = await page.evaluate(({ lon, lat }) => {
    const map = window.__landlinkMap!;
    map.setView([lat, lon], 18, { animate: false });
    const p = map.latLngToContainerPoint([lat, lon]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, point);
  await page.waitForTimeout(200);
  await page.mouse.click(xy.x, xy.y);
}

const m2Of = async (selector: string) => Number(await page.getAttribute(selector, 'data-m2'));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'landlink-e2e-edit-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  host = await startHost({ file: ensureDemoProject(dir), staticDir: join(ROOT, 'dist', 'renderer') });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && pageErrors.push(msg.text()));
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('parcel editing in the browser host', () => {
  it('splits a selected parcel into pieces of given mu whose areas sum to the original, and undoes it', async () => {
    await page.goto(`${host.url}?test`);
    await page.waitForSelector(READY, { timeout: 20_000 });
    const parcel = await pickParcel();
    const original = await api('parcels.get', { id: parcel.id });
    const originalM2 = original.areas.ellipsoidM2;

    await clickMapAt(parcel);
    await expect.poll(() => page.textContent('[data-testid="parcel-code"]')).toBe(parcel.code);

    // Two pieces of a third and a quarter of the parcel (to 0.1 mu); the third piece takes the rest.
    const targetsMu = [Math.round(m2ToMu(originalM2) / 3 * 10) / 10, Math.round(m2ToMu(originalM2) / 4 * 10) / 10];
    await page.click('[data-testid="edit-split-areas"]');
    await page.fill('[data-testid="split-areas-input"]', targetsMu.join(', '));
    await page.click('[data-testid="split-areas-submit"]');

    await page.waitForSelector('[data-testid="pieces-panel"]', { timeout: 20_000 });
    await page.waitForSelector('[data-testid="map"][data-version="1"]', { timeout: 20_000 });
    expect(await page.locator('[data-testid="piece-row"]').count()).toBe(3);
    const pieceM2 = [await m2Of('[data-testid="piece-0-mu"]'), await m2Of('[data-testid="piece-1-mu"]'), await m2Of('[data-testid="piece-2-mu"]')];
    // Each target is met to 1e-4 m² (1 mu = 10000/15 m² exactly), and the pieces balance the original.
    targetsMu.forEach((mu, i) => expect(Math.abs(pieceM2[i]! - (mu * 10000) / 15)).toBeLessThanOrEqual(1e-4));
    const sum = pieceM2.reduce((s, m2) => s + m2, 0);
    expect(Math.abs(sum - originalM2)).toBeLessThanOrEqual(Math.max(1e-6 * originalM2, 0.01));
    expect(await m2Of('[data-testid="pieces-original-mu"]')).toBe(originalM2);
    expect(await page.textContent('[data-testid="pieces-total-mu"]')).toBe(`${formatMu(originalM2)} 亩`);
    expect(await page.textContent('[data-testid="pieces-original-mu"]')).toBe(`${formatMu(originalM2)} 亩`);
    expect(await page.textContent('[data-testid="selection-panel"]')).toContain('已选 3 块地块');
    // The store agrees: the original is gone and its point now lies in a piece.
    const { ids: afterSplit } = await api('parcels.at', { lon: parcel.lon, lat: parcel.lat });
    expect(afterSplit).toHaveLength(1);
    expect(afterSplit[0]).not.toBe(parcel.id);
    await page.screenshot({ path: join(ARTIFACTS, 'edit-split-zh.png') });

    await page.keyboard.press('Control+z');
    await page.waitForSelector('[data-testid="map"][data-version="2"]', { timeout: 20_000 });
    await expect.poll(() => page.textContent('[data-testid="edit-notice"]')).toBe('已撤销上一次编辑。');
    expect(await api('parcels.at', { lon: parcel.lon, lat: parcel.lat })).toEqual({ ids: [parcel.id] });
    expect(await api('parcels.get', { id: parcel.id })).toEqual(original);
    // Undo selects what it brought back.
    await expect.poll(() => page.textContent('[data-testid="parcel-code"]')).toBe(parcel.code);
    expect(await page.locator('[data-testid="pieces-panel"]').count()).toBe(0);

    // And the map shows it again: clicking the same point selects the original parcel with its area.
    await clickMapAt(parcel);
    await expect.poll(() => page.textContent('[data-testid="parcel-code"]')).toBe(parcel.code);
    expect(await page.textContent('[data-testid="area-ellipsoid-mu"]')).toBe(`${formatMu(originalM2)} 亩`);
    expect(await page.textContent('[data-testid="lineage-panel"]')).toBeTruthy();
    await page.screenshot({ path: join(ARTIFACTS, 'edit-undo-zh.png') });

    expect(pageErrors).toEqual([]);
  });

  it('splits the selected parcel along a line drawn across it with the mouse, and undoes it from the toolbar', async () => {
    const parcel = await pickParcel();
    const original = await api('parcels.get', { id: parcel.id });
    const { geometry } = await api('parcels.geometry', { id: parcel.id });
    await clickMapAt(parcel);
    await expect.poll(() => page.textContent('[data-testid="parcel-code"]')).toBe(parcel.code);

    // A line through the chosen point, across the parcel's short side and well beyond its edges.
    const ring = (geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.coordinates[0]![0])!;
    const lons = ring.map((p) => p[0]);
    const width = Math.max(...lons) - Math.min(...lons);
    const ends = await page.evaluate(
      ({ lon, lat, reach }) => {
        const map = window.__landlinkMap!;
        const box = map.getContainer().getBoundingClientRect();
        return [lon - reach, lon + reach].map((x) => {
          const p = map.latLngToContainerPoint([lat, x]);
          return { x: box.left + p.x, y: box.top + p.y };
        });
      },
      { lon: parcel.lon, lat: parcel.lat, reach: width },
    );
    await page.click('[data-testid="edit-split-line"]');
    await page.mouse.click(ends[0]!.x, ends[0]!.y);
    await page.mouse.dblclick(ends[1]!.x, ends[1]!.y);

    await page.waitForSelector('[data-testid="pieces-panel"]', { timeout: 20_000 });
    const rows = await page.locator('[data-testid="piece-row"]').count();
    expect(rows).toBeGreaterThanOrEqual(2);
    let sum = 0;
    for (let i = 0; i < rows; i++) sum += await m2Of(`[data-testid="piece-${i}-mu"]`);
    expect(Math.abs(sum - original.areas.ellipsoidM2)).toBeLessThanOrEqual(Math.max(1e-6 * original.areas.ellipsoidM2, 0.01));
    await page.screenshot({ path: join(ARTIFACTS, 'edit-split-line-zh.png') });

    // Undo from the toolbar brings the parcel back and selects it.
    await page.click('[data-testid="edit-undo"]');
    await expect.poll(() => page.textContent('[data-testid="parcel-code"]')).toBe(parcel.code);
    expect(pageErrors).toEqual([]);
  });
});
