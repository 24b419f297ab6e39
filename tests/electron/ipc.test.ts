import { describe, it, expect, vi } from 'vitest';
import type { Dispatch } from '../../src/api/dispatch';
import type { Envelope } from '../../src/api/envelope';

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn() },
}));
vi.mock('electron', () => electron);

const { createIpcHandler, registerIpc, IPC_CHANNEL } = await import('../../electron/ipc');

type Frame = { url: string; parent: Frame | null };

/** A fake invoke event whose sender frame is the window's main frame unless told otherwise. */
function eventFrom(url: string, options: { subframe?: boolean; noFrame?: boolean } = {}) {
  const mainFrame: Frame = { url, parent: null };
  const senderFrame = options.noFrame ? null : options.subframe ? { url, parent: mainFrame } : mainFrame;
  return { senderFrame, sender: { mainFrame } } as unknown as Parameters<ReturnType<typeof createIpcHandler>>[0];
}

const APP_PAGE = 'app://landlink/index.html';
const okEnvelope: Envelope = { ok: true, data: { answer: 42 } };

function setup() {
  const dispatch = vi.fn<Dispatch>(async () => okEnvelope);
  return { dispatch, handler: createIpcHandler(dispatch, 'planner') };
}

describe('the IPC adapter', () => {
  it('passes a well-formed call from the app main frame to dispatch as the OS user and returns its envelope', async () => {
    const { dispatch, handler } = setup();
    const result = await handler(eventFrom(APP_PAGE), { method: 'parcels.get', input: { id: 7 } });
    expect(result).toEqual(okEnvelope);
    expect(dispatch).toHaveBeenCalledWith('parcels.get', { id: 7 }, { actor: 'planner' });
  });

  it('accepts a call without input, leaving defaults to dispatch', async () => {
    const { dispatch, handler } = setup();
    await handler(eventFrom(APP_PAGE), { method: 'project.info', input: undefined });
    expect(dispatch).toHaveBeenCalledWith('project.info', undefined, { actor: 'planner' });
  });

  it('refuses a call from a foreign origin without dispatching', async () => {
    const { dispatch, handler } = setup();
    const result = await handler(eventFrom('https://evil.example/'), { method: 'project.info', input: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', issues: [{ path: 'senderFrame.url' }] } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a look-alike origin such as app://landlink.evil', async () => {
    const { dispatch, handler } = setup();
    const result = await handler(eventFrom('app://landlink.evil/index.html'), { method: 'project.info' });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call from a subframe even on the app origin', async () => {
    const { dispatch, handler } = setup();
    const result = await handler(eventFrom(APP_PAGE, { subframe: true }), { method: 'project.info', input: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', issues: [{ path: 'senderFrame' }] } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame has already gone', async () => {
    const { dispatch, handler } = setup();
    const result = await handler(eventFrom(APP_PAGE, { noFrame: true }), { method: 'project.info', input: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    ['a missing method', { input: {} }, 'method'],
    ['an empty method', { method: '', input: {} }, 'method'],
    ['input that is a string', { method: 'project.info', input: 'all' }, 'input'],
    ['input that is an array', { method: 'project.info', input: [1, 2] }, 'input'],
    ['an extra key', { method: 'project.info', input: {}, token: 'x' }, 'token'],
  ])('rejects a payload with %s as bad_input naming the field', async (_name, payload, field) => {
    const { dispatch, handler } = setup();
    const result = await handler(eventFrom(APP_PAGE), payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bad_input');
    expect(result.error.issues.map((i) => i.path)).toContain(field);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('rejects a payload that is not an object at all', async () => {
    const { dispatch, handler } = setup();
    const result = await handler(eventFrom(APP_PAGE), 'project.info');
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('checks the sender before the payload, so a foreign page learns nothing about the payload shape', async () => {
    const { handler } = setup();
    const result = await handler(eventFrom('https://evil.example/'), { nonsense: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
  });

  it('registers exactly one handler, on the landlink:call channel, and can remove it', () => {
    const unregister = registerIpc(vi.fn<Dispatch>());
    expect(electron.ipcMain.handle).toHaveBeenCalledWith('landlink:call', expect.any(Function));
    unregister();
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith(IPC_CHANNEL);
  });
});

describe('the preload bridge', () => {
  it('exposes only window.landlink.call, which invokes the adapter channel with {method, input}', async () => {
    await import('../../electron/preload');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('landlink');
    expect(Object.keys(api)).toEqual(['call']);
    (api.call as (method: string, input: unknown) => unknown)('parcels.get', { id: 1 });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNEL, { method: 'parcels.get', input: { id: 1 } });
  });
});
