import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in NativeImage of a given pixel size whose PNG names that size, so tests see which image was encoded. */
function fakeImage(width: number, height: number): { isEmpty: () => boolean; getSize: () => { width: number; height: number }; resize: ReturnType<typeof vi.fn>; toPNG: () => Buffer } {
  return {
    isEmpty: () => width === 0 || height === 0,
    getSize: () => ({ width, height }),
    resize: vi.fn((size: { width: number; height: number }) => fakeImage(size.width, size.height)),
    toPNG: () => (width === 0 ? Buffer.alloc(0) : Buffer.from(`PNG ${width}x${height}`)),
  };
}

type FakeWindow = {
  options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>;
  loadURL: ReturnType<typeof vi.fn>;
  printToPDF: ReturnType<typeof vi.fn>;
  capturePage: ReturnType<typeof vi.fn>;
  setContentSize: ReturnType<typeof vi.fn>;
  destroy: ReturnType<typeof vi.fn>;
};

const fakes = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  /** Device pixels per CSS pixel the fake capture returns (1 offscreen; 2 mimics a HiDPI capture). */
  captureScale: 1,
}));

vi.mock('electron', () => ({
  BrowserWindow: vi.fn().mockImplementation(function (this: unknown, options: FakeWindow['options']) {
    let size = { width: Number(options.width ?? 800), height: Number(options.height ?? 600) };
    const win: FakeWindow = {
      options,
      loadURL: vi.fn().mockResolvedValue(undefined),
      printToPDF: vi.fn().mockResolvedValue(Buffer.from('%PDF-1.7')),
      capturePage: vi.fn(async () => fakeImage(size.width * fakes.captureScale, size.height * fakes.captureScale)),
      setContentSize: vi.fn((width: number, height: number) => {
        size = { width, height };
      }),
      destroy: vi.fn(),
    };
    fakes.windows.push(win);
    return {
      loadURL: win.loadURL,
      setContentSize: win.setContentSize,
      webContents: { printToPDF: win.printToPDF, capturePage: win.capturePage },
      destroy: win.destroy,
    };
  }),
}));

const { electronPdfPrinter } = await import('../../electron/pdf-printer');

const page = {
  html: '<p>合同</p>',
  headerTemplate: '<span>编号</span>',
  footerTemplate: '<span class="pageNumber"></span>',
  marginsMm: { top: 25.4, right: 12.7, bottom: 25.4, left: 12.7 },
};

describe('printing through Electron', () => {
  beforeEach(() => {
    fakes.windows.splice(0);
    fakes.captureScale = 1;
  });

  it('prints A4 with the page header and footer and the margins in inches, from a hidden script-less window', async () => {
    const printer = electronPdfPrinter();
    const bytes = await printer.print(page);
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    const [win] = fakes.windows;
    expect(win!.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, partition: 'landlink-print' } });
    expect(win!.loadURL.mock.calls[0]![0]).toMatch(/^data:text\/html;charset=utf-8,/);
    expect(win!.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({
        pageSize: 'A4',
        displayHeaderFooter: true,
        headerTemplate: page.headerTemplate,
        footerTemplate: page.footerTemplate,
        margins: { top: 1, right: 0.5, bottom: 1, left: 0.5 },
      }),
    );
  });

  it('reuses one window for many pages and destroys it on close', async () => {
    const printer = electronPdfPrinter();
    await printer.print(page);
    await printer.print(page);
    expect(fakes.windows).toHaveLength(1);
    await printer.close();
    expect(fakes.windows[0]!.destroy).toHaveBeenCalled();
  });

  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 170 200"><text>北 & 1</text></svg>';

  it('rasterizes an SVG to PNG in an offscreen, script-less window of exactly the size asked for', async () => {
    const printer = electronPdfPrinter();
    const png = await printer.rasterize(svg, 1600, 1882);
    expect(new TextDecoder().decode(png)).toBe('PNG 1600x1882');
    const [win] = fakes.windows;
    expect(win!.options).toMatchObject({
      show: false,
      useContentSize: true,
      webPreferences: { javascript: false, sandbox: true, partition: 'landlink-print', offscreen: { deviceScaleFactor: 1 } },
    });
    expect(win!.setContentSize).toHaveBeenCalledWith(1600, 1882);
    const url = win!.loadURL.mock.calls[0]![0] as string;
    expect(url).toMatch(/^data:text\/html;charset=utf-8,/);
    const html = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(html).toContain('width:1600px;height:1882px');
    const image = /src="data:image\/svg\+xml;charset=utf-8,([^"]+)"/.exec(html)![1]!;
    expect(decodeURIComponent(image)).toBe(svg);
    expect(win!.capturePage).toHaveBeenCalledWith({ x: 0, y: 0, width: 1600, height: 1882 }, { stayHidden: true });
    await printer.close();
    expect(win!.destroy).toHaveBeenCalled();
  });

  it('scales a capture in device pixels back to the size asked for', async () => {
    fakes.captureScale = 2;
    const png = await electronPdfPrinter().rasterize(svg, 400, 300);
    expect(new TextDecoder().decode(png)).toBe('PNG 400x300');
  });

  it('fails rather than hand Word an empty picture when the capture comes back empty', async () => {
    fakes.captureScale = 0;
    await expect(electronPdfPrinter().rasterize(svg, 400, 300)).rejects.toThrow(/空图像/);
  });

  it('keeps the print window and the raster window apart, reusing each and destroying both on close', async () => {
    const printer = electronPdfPrinter();
    await printer.print(page);
    await printer.rasterize(svg, 400, 300);
    await printer.rasterize(svg, 800, 600);
    await printer.print(page);
    expect(fakes.windows).toHaveLength(2);
    expect(fakes.windows[1]!.setContentSize).toHaveBeenLastCalledWith(800, 600);
    await printer.close();
    for (const w of fakes.windows) expect(w.destroy).toHaveBeenCalled();
  });
});
