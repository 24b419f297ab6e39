import { BrowserWindow } from 'electron';
import type { PdfPrinter, PrintPage } from '../src/api/service';

const inches = (mm: number) => mm / 25.4;

/** Print HTML is static: nothing it holds should run scripts or reach the app's session. */
const STATIC_PAGE = { partition: 'landlink-print', javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } as const;

/** The SVG as an image filling a white page of exactly the window's size (an <img> runs no SVG scripts). */
const rasterUrl = (svg: string, widthPx: number, heightPx: number) =>
  `data:text/html;charset=utf-8,${encodeURIComponent(
    `<!doctype html><html><body style="margin:0;background:#fff;overflow:hidden">` +
      `<img style="display:block;width:${widthPx}px;height:${heightPx}px" src="data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}"></body></html>`,
  )}`;

/**
 * PDFs through Electron's own Chromium (`printToPDF`), from the same print HTML the browser host sends to
 * Chromium, rendered in a hidden window of its own session with scripts off. Rasters come from a second,
 * offscreen window: offscreen rendering paints without being shown, is not limited to the screen's size
 * and draws one pixel per CSS pixel whatever the display's scaling, where a merely hidden window may
 * capture empty on Windows and Linux.
 */
export function electronPdfPrinter(): PdfPrinter {
  let win: BrowserWindow | null = null;
  let rasterWin: BrowserWindow | null = null;
  return {
    async print(page: PrintPage): Promise<Uint8Array> {
      win ??= new BrowserWindow({ show: false, webPreferences: STATIC_PAGE });
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(page.html)}`);
      const pdf = await win.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: page.headerTemplate,
        footerTemplate: page.footerTemplate,
        margins: {
          top: inches(page.marginsMm.top),
          right: inches(page.marginsMm.right),
          bottom: inches(page.marginsMm.bottom),
          left: inches(page.marginsMm.left),
        },
      });
      return new Uint8Array(pdf);
    },
    async rasterize(svg: string, widthPx: number, heightPx: number): Promise<Uint8Array> {
      rasterWin ??= new BrowserWindow({
        show: false,
        useContentSize: true,
        width: widthPx,
        height: heightPx,
        enableLargerThanScreen: true,
        webPreferences: { ...STATIC_PAGE, offscreen: { deviceScaleFactor: 1 } },
      });
      rasterWin.setContentSize(widthPx, heightPx);
      await rasterWin.loadURL(rasterUrl(svg, widthPx, heightPx));
      const image = await rasterWin.webContents.capturePage({ x: 0, y: 0, width: widthPx, height: heightPx }, { stayHidden: true });
      if (image.isEmpty()) throw new Error(`附图位图生成失败：capturePage 返回空图像（${widthPx}×${heightPx}）`);
      const { width, height } = image.getSize();
      // Should the platform still hand back device pixels, scale to the size asked for.
      const exact = width === widthPx && height === heightPx ? image : image.resize({ width: widthPx, height: heightPx, quality: 'best' });
      return new Uint8Array(exact.toPNG());
    },
    async close(): Promise<void> {
      win?.destroy();
      rasterWin?.destroy();
      win = rasterWin = null;
    },
  };
}
