import path from 'node:path';
import { describe, it, expect, vi } from 'vitest';
import type { Envelope } from '../../src/api/envelope';

type Listener = (...args: unknown[]) => void;

/** Fakes of the Electron modules main.ts wires together, recording what it registers. */
const fakes = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const windows: { options: any; url?: string; listeners: Map<string, (...args: unknown[]) => void> }[] = [];
  class BrowserWindow {
    record: (typeof windows)[number];
    constructor(options: unknown) {
      this.record = { options, listeners: new Map() };
      windows.push(this.record);
    }
    on(name: string, listener: (...args: unknown[]) => void) {
      this.record.listeners.set(name, listener);
      return this;
    }
    once(name: string, listener: (...args: unknown[]) => void) {
      return this.on(name, listener);
    }
    async loadURL(url: string) {
      this.record.url = url;
    }
    show() {}
  }
  return {
    appListeners,
    windows,
    electron: {
      app: {
        requestSingleInstanceLock: () => true,
        on: (name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener),
        whenReady: () => Promise.resolve(),
        getAppPath: () => '/opt/landlink/resources/app.asar',
        quit: () => {},
        exit: () => {},
      },
      BrowserWindow,
      dialog: { showErrorBox: (...args: unknown[]) => console.error(...args) },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn() },
        },
      },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    },
    api: {
      dispatch: vi.fn(async (): Promise<Envelope> => ({ ok: true, data: { name: 'demo' } })),
      close: vi.fn(),
    },
    openApi: vi.fn(),
  };
});

vi.mock('electron', () => fakes.electron);
vi.mock('../../src/api/service', () => ({
  openApi: (file: string) => {
    fakes.openApi(file);
    return fakes.api;
  },
  safeUser: () => 'planner',
}));
vi.mock('../../src/host/demo-project', () => ({ ensureDemoProject: () => '/home/planner/.local/share/landlink/demo.gpkg' }));

const savedArgv = process.argv;
process.argv = ['electron', '.', '--project', 'county.gpkg'];
await import('../../electron/main');
// Let start() run past app.whenReady() before restoring argv.
await new Promise((resolve) => setTimeout(resolve, 0));
process.argv = savedArgv;

describe('the desktop main process', () => {
  it('registers app:// as a standard, secure, fetch-capable scheme', () => {
    expect(fakes.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      { scheme: 'tiles', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
    ]);
  });

  it('serves app:// from the built renderer and hardens the default session', () => {
    expect(fakes.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fakes.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fakes.appListeners.has('web-contents-created')).toBe(true);
  });

  it('opens the project named on the command line', () => {
    expect(fakes.openApi).toHaveBeenCalledWith(path.resolve('county.gpkg'));
  });

  it('opens one locked-down 1280×800 window on app://landlink/index.html with the built preload', () => {
    expect(fakes.windows).toHaveLength(1);
    const [win] = fakes.windows;
    expect(win?.url).toBe('app://landlink/index.html');
    expect(win?.options).toMatchObject({
      width: 1280,
      height: 800,
      title: 'LandLink 土地流转与增减挂钩规划',
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        preload: path.join('/opt/landlink/resources/app.asar', 'dist-electron', 'preload.cjs'),
      },
    });
  });

  it('routes IPC calls from its page to the project API', async () => {
    const handler = fakes.electron.ipcMain.handle.mock.calls[0]?.[1] as (event: unknown, payload: unknown) => Promise<Envelope>;
    const mainFrame = { url: 'app://landlink/index.html', parent: null };
    const result = await handler({ senderFrame: mainFrame, sender: { mainFrame } }, { method: 'project.info', input: {} });
    expect(result).toEqual({ ok: true, data: { name: 'demo' } });
    expect(fakes.api.dispatch).toHaveBeenCalledWith('project.info', {}, { actor: 'planner' });
  });

  it('closes the project when the app quits', () => {
    (fakes.appListeners.get('will-quit') as Listener)();
    expect(fakes.api.close).toHaveBeenCalledTimes(1);
  });
});
