import { describe, it, expect, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isAppUrl,
  type HardenableContents,
  type HardenableSession,
} from '../../electron/security';

type Listener = (event: { url?: string; preventDefault(): void }) => void;

/** A fake WebContents that records the listeners the hardening registers. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (() => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: () => { action: string }) => {
      openHandler = handler;
    },
  };
  hardenWebContents(contents as unknown as HardenableContents);
  /** Fires an event and says whether the hardening prevented it. */
  const fire = (name: string, url?: string) => {
    const preventDefault = vi.fn();
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { fire, openWindow: () => openHandler?.() };
}

function fakeSession() {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  hardenSession(session as unknown as HardenableSession);
  return session;
}

describe('isAppUrl', () => {
  it('accepts pages of the app origin', () => {
    expect(isAppUrl('app://landlink/index.html')).toBe(true);
    expect(isAppUrl('app://landlink/assets/index-abc.js?x=1#y')).toBe(true);
  });

  it('rejects other schemes, hosts, look-alikes and garbage', () => {
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'app://other/index.html',
      'app://landlink.evil/index.html',
      'app://user@landlink/index.html',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('the window hardening', () => {
  it('denies navigation, frame navigation and redirects to other origins', () => {
    const { fire } = fakeContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(event, 'https://evil.example/phish'), event).toBe(true);
      expect(fire(event, 'file:///C:/Windows/win.ini'), event).toBe(true);
    }
  });

  it('lets the app move between its own pages', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'app://landlink/index.html#/contracts')).toBe(false);
  });

  it('denies every window.open', () => {
    expect(fakeContents().openWindow()).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    expect(fakeContents().fire('will-attach-webview')).toBe(true);
  });
});

describe('the session hardening', () => {
  it('denies every permission request', () => {
    const session = fakeSession();
    const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['geolocation', 'media', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handler({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with no', () => {
    const session = fakeSession();
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (c: unknown, p: string, origin: string) => boolean;
    expect(check(null, 'geolocation', 'app://landlink')).toBe(false);
    expect(check(null, 'fullscreen', 'app://landlink')).toBe(false);
  });

  it('cancels requests for remote content', () => {
    const session = fakeSession();
    const [filter, listener] = session.webRequest.onBeforeRequest.mock.calls[0] as [
      { urls: string[] },
      (details: unknown, cb: (r: { cancel?: boolean }) => void) => void,
    ];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const callback = vi.fn();
    listener({ url: 'https://tile.openstreetmap.org/1/1/1.png' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
