import type { PdfPrinter } from '../src/api/service';

/**
 * Stands in for src/io/documents/print/chromium-printer.ts in the Electron bundle (see
 * electron/vite.config.ts): the shell prints with printToPDF and passes that printer to the API, so
 * the Chromium driver (playwright-core, a development tool here) is never bundled into the app.
 */
export function chromiumPdfPrinter(): PdfPrinter {
  throw new Error('the Electron shell prints through printToPDF; no Chromium printer is bundled');
}
