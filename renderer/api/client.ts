import type { MethodInput, MethodName, MethodOutput } from '../../src/api/contract';
import type { ApiError, Envelope, ErrorCode } from '../../src/api/envelope';
import { msg, type Message } from '../../src/domain/message';

/** What the Electron preload exposes (design.md §3); absent in the browser. */
export interface LandlinkBridge {
  call(method: string, input: unknown): Promise<Envelope>;
}

declare global {
  interface Window {
    landlink?: LandlinkBridge;
  }
}

/** `transport` means the core could not be reached at all, so there is no envelope to show. */
export type ClientErrorCode = ErrorCode | 'transport';

export class ApiCallError extends Error {
  constructor(
    readonly method: MethodName,
    readonly code: ClientErrorCode,
    /** The core's sentence in Chinese, as the log line carries it. */
    readonly reason: string,
    readonly issues: ApiError['issues'] = [],
    /** The same sentence as a catalogue key and parameters, for the screen to say in its language. */
    readonly text: Message = msg(`error.${code}`),
  ) {
    super(`${method}: ${reason}`);
    this.name = 'ApiCallError';
  }
}

const TOKEN_PLACEHOLDER = '%LANDLINK_TOKEN%';

/** The loopback host writes the per-launch token into index.html in place of the placeholder. */
export function hostToken(): string | null {
  const token = document.querySelector<HTMLMetaElement>('meta[name="landlink-token"]')?.content;
  return token && token !== TOKEN_PLACEHOLDER ? token : null;
}

async function viaHost(method: MethodName, input: unknown): Promise<Envelope> {
  const token = hostToken();
  if (!token) throw new ApiCallError(method, 'transport', 'no host token in the page');
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
  } catch (err) {
    throw new ApiCallError(method, 'transport', err instanceof Error ? err.message : String(err));
  }
  try {
    return (await response.json()) as Envelope;
  } catch {
    throw new ApiCallError(method, 'transport', `HTTP ${response.status} without an envelope`);
  }
}

/**
 * How many calls are waiting for their answer, for the status line that says when one waits for the
 * project file (`WriterStatus`). Its own look at `project.writers` is not counted.
 */
let inFlight = 0;
const inFlightListeners = new Set<(count: number) => void>();

export function onCallsInFlight(listener: (count: number) => void): () => void {
  inFlightListeners.add(listener);
  return () => inFlightListeners.delete(listener);
}

function countInFlight(delta: number): void {
  inFlight += delta;
  for (const listener of inFlightListeners) listener(inFlight);
}

/** Calls one API method through Electron IPC or the loopback host; throws ApiCallError on failure. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const counted = method !== 'project.writers';
  if (counted) countInFlight(1);
  let envelope: Envelope;
  try {
    envelope = window.landlink ? await window.landlink.call(method, input) : await viaHost(method, input);
  } finally {
    if (counted) countInFlight(-1);
  }
  if (!envelope.ok) {
    const { code, key, params, message, issues } = envelope.error;
    throw new ApiCallError(method, code, message, issues, { key, params });
  }
  // The core validated the output against the contract before sending it.
  return envelope.data as MethodOutput<M>;
}
