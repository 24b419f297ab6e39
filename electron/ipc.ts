import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { Dispatch } from '../src/api/dispatch';
import type { ApiError, Envelope } from '../src/api/envelope';
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

function refused(message: string, issues: ApiError['issues']): Envelope {
  return { ok: false, error: { code: 'refused', message, issues } };
}

/** Why the sender may not call, or null when it is the app's own top-level page. */
function senderProblem(event: IpcSenderEvent): ApiError['issues'][number] | null {
  const frame = event.senderFrame;
  if (!frame) return { path: 'senderFrame', message: 'the sending frame is gone' };
  if (frame !== event.sender.mainFrame && frame.parent !== null) {
    return { path: 'senderFrame', message: 'only the main frame may call the API' };
  }
  if (!isAppUrl(frame.url)) return { path: 'senderFrame.url', message: `foreign origin: ${frame.url}` };
  return null;
}

/** Names each offending field, including extra keys that zod reports on the parent object. */
function payloadIssues(error: z.ZodError): ApiError['issues'] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...issue.path, key].map(String).join('.'), message: 'unexpected key' }));
    }
    return [{ path: issue.path.map(String).join('.') || '(payload)', message: issue.message }];
  });
}

/** The landlink:call handler: sender check, payload parse, then dispatch as the OS user. */
export function createIpcHandler(dispatch: Dispatch, actor: string = safeUser()) {
  return async (event: IpcSenderEvent, payload: unknown): Promise<Envelope> => {
    const problem = senderProblem(event);
    if (problem) return refused('call refused: not from the LandLink window', [problem]);
    const parsed = PayloadSchema.safeParse(payload);
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad_input', message: 'malformed IPC payload', issues: payloadIssues(parsed.error) } };
    }
    return dispatch(parsed.data.method, parsed.data.input, { actor });
  };
}

/** Registers the handler; returns the function that removes it. */
export function registerIpc(dispatch: Dispatch): () => void {
  ipcMain.handle(IPC_CHANNEL, createIpcHandler(dispatch));
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
