import { contextBridge, ipcRenderer } from 'electron';

/*
 * Runs sandboxed, where require() knows only 'electron' and a few builtins: import nothing local,
 * or the bundler may split shared code into a chunk this script cannot load. The channel name
 * repeats IPC_CHANNEL from ipc.ts (a test checks they match).
 */

contextBridge.exposeInMainWorld('landlink', {
  // Only this one invoke is exposed, never ipcRenderer itself.
  call: (method: string, input?: unknown) => ipcRenderer.invoke('landlink:call', { method, input }),
});
