import { BrowserWindow } from 'electron';
import type { PdfPrinter, PrintPage } from '../src/api/service';

const inches = (mm: number) => mm / 25.4;

/**
 * PDFs through Electron's own Chromium (`printToPDF`), from the same print HTML the browser host sends to
 * Chromium. The page is rendered in a hidden window of its own session with scripts off: print HTML is
 * static, and nothing it holds should reach the app's session or the network.
 */
export function electronPdfPrinter(): PdfPrinter {
  let win: BrowserWindow | null = null;
  return {
    async print(page: PrintPage): Promise<Uint8Array> {
      win ??= new BrowserWindow({
        show: false,
        webPreferences: { partition: 'landlink-print', javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
      });
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
    async close(): Promise<void> {
      win?.destroy();
      win = null;
    },
  };
}
