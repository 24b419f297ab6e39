import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { Dispatch } from '../src/api/dispatch';
import { apiError } from '../src/api/api-error';
import type { Envelope } from '../src/api/envelope';
import { inputIssues } from '../src/api/input-issues';
import type { ErrorIssue } from '../src/domain/landlink-error';
import { msg } from '../src/domain/message';
import { safeUser } from '../src/api/service';
import { isAppUrl } from './security';

/** The one IPC channel. preload.ts repeats the literal so its bundle stays a single file. */
export const IPC_CHANNEL = 'landlink:call';

/**
 * The payload the preload sends. The method's own input schema is applied later by dispatch;
 * here only the envelope shape is checked, and input must be a plain object (or absent).
 */
const PayloadSchema = z
  .object({
    method: z.string().min(1).max(100),
    input: z.record(z.string(), z.unknown()).nullable().optional(),
  })
  .strict();

/** The parts of an invoke event the sender check reads. */
export type IpcSenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & {
  sender: Pick<IpcMainInvokeEvent['sender'], 'mainFrame'>;
};

/** Why the sender may not call, or null when it is the app's own top-level page. */
function senderProblem(event: IpcSenderEvent): ErrorIssue | null {
  const frame = event.senderFrame;
  if (!frame) return { path: 'senderFrame', message: msg('error.ipc.frameGone') };
  if (frame !== event.sender.mainFrame && frame.parent !== null) return { path: 'senderFrame', message: msg('error.ipc.notMainFrame') };
  if (!isAppUrl(frame.url)) return { path: 'senderFrame.url', message: msg('error.ipc.foreignOrigin', { url: frame.url }) };
  return null;
}

/** The landlink:call handler: sender check, payload parse, then dispatch as the OS user. */
export function createIpcHandler(dispatch: Dispatch, actor: string = safeUser()) {
  return async (event: IpcSenderEvent, payload: unknown): Promise<Envelope> => {
    const problem = senderProblem(event);
    if (problem) return { ok: false, error: apiError('refused', msg('error.ipc.refused'), [problem]) };
    const parsed = PayloadSchema.safeParse(payload);
    if (!parsed.success) return { ok: false, error: apiError('bad_input', msg('error.ipc.malformed'), inputIssues(parsed.error)) };
    return dispatch(parsed.data.method, parsed.data.input, { actor });
  };
}

/** Registers the handler; returns the function that removes it. */
export function registerIpc(dispatch: Dispatch): () => void {
  ipcMain.handle(IPC_CHANNEL, createIpcHandler(dispatch));
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
