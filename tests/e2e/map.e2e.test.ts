import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatM2, formatMu } from '../../src/domain/units';
import { ensureDemoProject } from '../../src/host/demo-project';
import { ARTIFACTS, READY, clickMapAt, mapIdle, pickParcel, startE2e, type E2e } from './harness';

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e({ project: (dir) => ensureDemoProject(dir) });
});

afterAll(() => e2e?.close());

describe('map and parcel panel in the browser host', () => {
  it('opens the demo, selects a parcel by clicking the map and shows its areas, in Chinese and English', async () => {
    const { page, host, api, pageErrors, foreignRequests } = e2e;
    await page.goto(`${host.url}?test`);
    await page.waitForSelector(READY, { timeout: 20_000 });
    await expect.poll(() => page.textContent('h1')).toBe('LandLink 土地流转与增减挂钩规划');
    expect(await page.textContent('[data-testid="synthetic-notice"]')).toBe('示例数据为虚构');
    await mapIdle(page);
    await page.screenshot({ path: join(ARTIFACTS, 'overview-zh.png') });

    const parcel = await pickParcel(api);
    const detail = await api('parcels.get', { id: parcel.id });
    // Zoom in on the parcel so the click lands well inside it, then click the map there.
    await clickMapAt(page, parcel);

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
