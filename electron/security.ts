import type { Session, WebContents } from 'electron';

/**
 * The window's hardening (design.md §7). Only types come from 'electron', so these functions can
 * be exercised in Node with plain fake objects.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'landlink';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs of the app's own origin; anything unparsable counts as foreign. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // URL#origin is "null" for custom schemes in Node, so compare the parts instead.
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

type NavigationEvent = { url: string; preventDefault(): void };
type PreventableEvent = { preventDefault(): void };

/** The subset of WebContents the hardening touches. */
export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Keeps every page on the app origin: no navigation away, no popups, no <webview>. */
export function hardenWebContents(contents: HardenableContents): void {
  const denyForeign = (event: NavigationEvent) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-frame-navigate', denyForeign);
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event: PreventableEvent) => event.preventDefault());
  // Links meant for the outside world are not opened at all; the planner's data stays offline.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The subset of Session the hardening touches. */
export type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>;

/** URL patterns of remote content; the UI is served from app:// only, so any of these is unexpected. */
export const REMOTE_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/** Denies every permission (camera, geolocation, notifications…) and cancels remote requests. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: REMOTE_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
}
