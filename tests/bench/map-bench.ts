import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startHost } from '../../src/host/server';
import { median, report } from './report';

/**
 * First draw and pans of a 100k-parcel project in headless Chromium (software rendering, 1280×800).
 * A pan is timed from panBy to the second animation frame after it, so 2 frames (≈33 ms) is the floor.
 */
/**
 * Runs in the page. A string, not a function: tsx's name helpers would not exist in the page.
 * Zooms to field level, where a planner works, then pans around.
 */
const PAN_SCRIPT = `(async () => {
  const map = window.__landlinkMap;
  const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  map.setZoom(16, { animate: false });
  await twoFrames();
  const pans = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    map.panBy([i % 2 ? -300 : 300, 150 * ((i % 4) - 1.5)], { animate: false });
    await twoFrames();
    pans.push(performance.now() - t);
  }
  const zooms = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    map.setZoom(i % 2 ? 16 : 15, { animate: false });
    await twoFrames();
    zooms.push(performance.now() - t);
  }
  const floor = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await twoFrames();
    floor.push(performance.now() - t);
  }
  return { pans, zooms, floor };
})()`;

export async function mapBench(file: string): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist/renderer/index.html'))) await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
  const host = await startHost({ file, staticDir: resolve(root, 'dist/renderer'), actor: 'bench' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const t0 = Date.now();
    await page.goto(`${host.url}?test`);
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 300_000 });
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const firstDraw = Date.now() - t0;
    const frames = (await page.evaluate(PAN_SCRIPT)) as { pans: number[]; zooms: number[]; floor: number[] };
    const pan = median(frames.pans);
    const floor = median(frames.floor);
    report('map (headless Chromium, 1280×800)', [
      ['first draw of the whole project (load + index + paint)', `${(firstDraw / 1000).toFixed(2)} s`],
      ['pan at zoom 16, median of 20', `${pan.toFixed(1)} ms`],
      ['two-frame floor, median of 10', `${floor.toFixed(1)} ms`],
      ['pan / floor (target 1.0)', (pan / floor).toFixed(2)],
      ['zoom 15↔16, median of 6', `${median(frames.zooms).toFixed(1)} ms`],
    ]);
  } finally {
    await browser.close();
    await host.close();
  }
}
