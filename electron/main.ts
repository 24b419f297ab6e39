import { app, BrowserWindow, dialog, protocol, session } from 'electron';
import path from 'node:path';
import { basemapTileHandler } from '../src/api/handlers/basemaps';
import { openApi } from '../src/api/service';
import { ensureDemoProject } from '../src/host/demo-project';
import { processClock } from '../src/host/process-clock';
import { createAppHandler } from './app-protocol';
import { electronPdfPrinter } from './pdf-printer';
import { projectFromArgv } from './args';
import { registerIpc } from './ipc';
import { APP_ENTRY_URL, APP_SCHEME, hardenSession, hardenWebContents } from './security';
import { createTilesProtocolHandler, TILES_SCHEME, TILES_SCHEME_PRIVILEGES } from './tiles-protocol';

/**
 * Desktop entry: wires the window, app://, tiles:// and IPC to the API. No business logic lives here.
 */

const WINDOW_TITLE = 'LandLink 土地流转与增减挂钩规划';

// Must precede 'ready': a standard, secure scheme gets a real origin, fetch() and the CSP.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  TILES_SCHEME_PRIVILEGES,
]);

let mainWindow: BrowserWindow | null = null;
let api: ReturnType<typeof openApi> | null = null;
let tiles: ReturnType<typeof basemapTileHandler> | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    title: WINDOW_TITLE,
    show: false,
    webPreferences: {
      preload: path.join(app.getAppPath(), 'dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  // Keep the product title rather than whatever <title> the page sets.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppHandler(path.join(app.getAppPath(), 'dist', 'renderer')));
  // The demo lives in LandLink's per-user data folder, shared with the browser host and CLI.
  const file = projectFromArgv(process.argv, process.cwd()) ?? (await ensureDemoProject());
  api = openApi(file, undefined, { printer: electronPdfPrinter, clock: processClock(), writer: { program: 'LandLink', session: true } });
  tiles = basemapTileHandler(api.project);
  protocol.handle(TILES_SCHEME, createTilesProtocolHandler(tiles));
  registerIpc(api.dispatch);
  mainWindow = createWindow();
}

function closeApi(): void {
  tiles?.close();
  tiles = null;
  api?.close();
  api = null;
}

if (!app.requestSingleInstanceLock()) {
  // Another LandLink already holds the project; it focuses itself on 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeApi);
  start().catch((err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    dialog.showErrorBox('LandLink 无法启动 (could not start)', message);
    closeApi();
    app.exit(1);
  });
}
