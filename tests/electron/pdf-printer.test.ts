import { beforeEach, describe, expect, it, vi } from 'vitest';

const fakes = vi.hoisted(() => ({
  windows: [] as { options: unknown; loadURL: ReturnType<typeof vi.fn>; printToPDF: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn> }[],
}));

vi.mock('electron', () => ({
  BrowserWindow: vi.fn().mockImplementation(function (this: unknown, options: unknown) {
    const win = {
      options,
      loadURL: vi.fn().mockResolvedValue(undefined),
      printToPDF: vi.fn().mockResolvedValue(Buffer.from('%PDF-1.7')),
      destroy: vi.fn(),
    };
    fakes.windows.push(win);
    return { loadURL: win.loadURL, webContents: { printToPDF: win.printToPDF }, destroy: win.destroy };
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
  beforeEach(() => fakes.windows.splice(0));

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
});
