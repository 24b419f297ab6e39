/**
 * A page ready for Chromium's PDF printer: the body HTML plus the header and footer templates it stamps on
 * every page (Chromium fills `pageNumber` and `totalPages` spans). Both Playwright's `page.pdf` and
 * Electron's `webContents.printToPDF` take exactly these, so one print HTML serves both.
 */
export interface PrintPage {
  html: string;
  headerTemplate: string;
  footerTemplate: string;
  /** Page margins in millimetres; the header and footer live inside the top and bottom margins. */
  marginsMm: { top: number; right: number; bottom: number; left: number };
}

/** Turns print pages into A4 PDF bytes. The Electron shell implements it with `printToPDF`. */
export interface PdfPrinter {
  print(page: PrintPage): Promise<Uint8Array>;
  /**
   * PNG bytes of an SVG drawn at exactly `widthPx` × `heightPx` on white, one pixel per CSS pixel: the
   * raster twin a .docx needs beside each SVG for Word and WPS versions that cannot draw SVG.
   */
  rasterize(svg: string, widthPx: number, heightPx: number): Promise<Uint8Array>;
  /** Releases the browser; the printer may be used for many pages before. */
  close(): Promise<void>;
}
