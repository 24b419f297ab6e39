import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMu, m2ToMu } from '../../src/domain/units';
import { ensureDemoProject } from '../../src/host/demo-project';
import { ARTIFACTS, READY, clickMapAt, pickParcel, startE2e, type E2e } from './harness';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ label: 'edit', project: (dir) => ensureDemoProject(dir) });
});

afterAll(() => e2e?.close());

const m2Of = async (selector: string) => Number(await e2e.page.getAttribute(selector, 'data-m2'));

describe('parcel editing in the browser host', () => {
  it('splits a selected parcel into pieces of given mu whose areas sum to the original, and undoes it', async () => {
    const { page, host, api, pageErrors } = e2e;
    await page.goto(`${host.url}?test`);
    await page.waitForSelector(READY, { timeout: 20_000 });
    const parcel = await pickParcel(api);
    const original = await api('parcels.get', { id: parcel.id });
    const originalM2 = original.areas.ellipsoidM2;

    await clickMapAt(page, parcel);
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
    await clickMapAt(page, parcel);
    await expect.poll(() => page.textContent('[data-testid="parcel-code"]')).toBe(parcel.code);
    expect(await page.textContent('[data-testid="area-ellipsoid-mu"]')).toBe(`${formatMu(originalM2)} 亩`);
    expect(await page.textContent('[data-testid="lineage-panel"]')).toBeTruthy();
    await page.screenshot({ path: join(ARTIFACTS, 'edit-undo-zh.png') });

    expect(pageErrors).toEqual([]);
  });

  it('splits the selected parcel along a line drawn across it with the mouse, and undoes it from the toolbar', async () => {
    const { page, api, pageErrors } = e2e;
    const parcel = await pickParcel(api);
    const original = await api('parcels.get', { id: parcel.id });
    const { geometry } = await api('parcels.geometry', { id: parcel.id });
    await clickMapAt(page, parcel);
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
