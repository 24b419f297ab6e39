import { existsSync } from 'node:fs';
import { NoChromiumError } from './no-chromium-error';
import type { PdfPrinter, PrintPage } from './print-page';

export { NoChromiumError };

/**
 * The PdfPrinter of the command line and the browser host: Playwright driving the machine's Chromium
 * (no browser download). One browser serves many pages, so a batch print starts it once.
 */

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium to use: LANDLINK_CHROMIUM if set, else the first of the usual Linux paths that exists. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | null {
  const chosen = env.LANDLINK_CHROMIUM;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

type Browser = Awaited<ReturnType<typeof import('playwright-core')['chromium']['launch']>>;

/** The SVG as an image filling a white page of exactly the raster's size (an <img> runs no SVG scripts). */
const rasterHtml = (svg: string, widthPx: number, heightPx: number) =>
  `<!doctype html><html><body style="margin:0;background:#fff;overflow:hidden">` +
  `<img style="display:block;width:${widthPx}px;height:${heightPx}px" src="data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}"></body></html>`;

export function chromiumPdfPrinter(executablePath: string | null = findChromium()): PdfPrinter {
  let browser: Promise<Browser> | null = null;
  const launch = async (): Promise<Browser> => {
    if (!executablePath) throw new NoChromiumError();
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  };
  return {
    async print(page: PrintPage): Promise<Uint8Array> {
      browser ??= launch();
      const context = await (await browser).newContext();
      try {
        const tab = await context.newPage();
        await tab.setContent(page.html, { waitUntil: 'load' });
        const mm = (n: number) => `${n}mm`;
        const pdf = await tab.pdf({
          format: 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: page.headerTemplate,
          footerTemplate: page.footerTemplate,
          margin: { top: mm(page.marginsMm.top), right: mm(page.marginsMm.right), bottom: mm(page.marginsMm.bottom), left: mm(page.marginsMm.left) },
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async rasterize(svg: string, widthPx: number, heightPx: number): Promise<Uint8Array> {
      browser ??= launch();
      const context = await (await browser).newContext({ viewport: { width: widthPx, height: heightPx }, deviceScaleFactor: 1 });
      try {
        const tab = await context.newPage();
        await tab.setContent(rasterHtml(svg, widthPx, heightPx), { waitUntil: 'load' });
        return new Uint8Array(await tab.screenshot({ type: 'png', omitBackground: false }));
      } finally {
        await context.close();
      }
    },
    async close(): Promise<void> {
      if (browser) await (await browser.catch(() => null))?.close();
      browser = null;
    },
  };
}
