import { z } from 'zod';
import { contract, isMethodName, type Contract, type MethodName, type MethodOutput } from './contract';
import { ProjectBusy } from '../store/project-busy';
import { msg } from '../domain/message';
import { apiError, apiErrorOf } from './api-error';
import type { Envelope } from './envelope';
import { inputIssues } from './input-issues';

export interface CallContext {
  /** Who is acting, written to the audit log: the OS user for the CLI and desktop, `browser` for the host. */
  actor: string;
}

export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>, ctx: CallContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export type Dispatch = (method: string, input: unknown, ctx: CallContext) => Promise<Envelope>;

/** Where a call's writes are held until its answer is checked, and waits for the file: the project. */
export interface CallScope {
  inCall<T>(fn: () => T): T;
  /** Resolves true when a call refused with `busy` may run again, false when `signal` gives up first. */
  whenWritable(busy: ProjectBusy, signal: AbortSignal): Promise<boolean>;
}

export interface DispatchOptions {
  /** How long a call waits for another writer of the file before it answers `conflict`. */
  waitLimitMs?: number;
}

/**
 * The write of a 100k-parcel import holds the file about 11 s on the development machine (npm run bench),
 * several times that on an older office PC or for a bigger layer; an edit made meanwhile waits for it
 * rather than failing, up to this long.
 */
export const WAIT_LIMIT_MS = 5 * 60_000;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

const noWrites: CallScope = { inCall: (fn) => fn(), whenWritable: async () => false };

/**
 * Parses input, runs the handler, checks its output and wraps everything in the envelope. A synchronous
 * handler's answer is checked before its writes commit, so a call either commits and answers ok or
 * answers an error with the file unchanged; an async handler (one that starts a job or reads a file
 * first) has its answer checked when it settles. A call refused because another writer holds the file
 * (ProjectBusy with `retry`: it changed nothing) waits for the file without blocking other calls and
 * runs again, up to the wait limit; then it answers `conflict` naming the holder.
 */
export function createDispatch(handlers: Handlers, scope: CallScope = noWrites, options: DispatchOptions = {}): Dispatch {
  const limitMs = options.waitLimitMs ?? WAIT_LIMIT_MS;
  return async (method, rawInput, ctx) => {
    if (!isMethodName(method)) {
      return { ok: false, error: apiError('unknown_method', msg('error.unknownMethod', { method })) };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return { ok: false, error: apiError('bad_input', msg('error.input', { method }), inputIssues(parsed.error)) };
    }
    const handler = handlers[method] as (input: unknown, ctx: CallContext) => unknown;
    const run = async () => {
      let pending: PromiseLike<unknown> | null = null;
      const data = scope.inCall(() => {
        const out = handler(parsed.data, ctx);
        if (isThenable(out)) {
          pending = out;
          return undefined;
        }
        return spec.output.parse(out);
      });
      return pending ? spec.output.parse(await pending) : data;
    };
    // The limit runs from the first refusal; most calls never wait and need no timer.
    let giveUp: AbortSignal | null = null;
    for (;;) {
      try {
        return { ok: true, data: await run() };
      } catch (err) {
        if (err instanceof ProjectBusy && err.retry && (await scope.whenWritable(err, (giveUp ??= AbortSignal.timeout(limitMs))))) continue;
        return failure(err, limitMs);
      }
    }
  };
}

function failure(err: unknown, limitMs: number): Envelope {
  if (err instanceof ProjectBusy) {
    const waited = err.retry ? `，已等待 ${Math.round(limitMs / 1000)} 秒仍未写完` : '';
    return { ok: false, error: apiError('conflict', msg('error.detail', { detail: `${err.message}${waited}；本次操作没有保存，请等它写完后再试` })) };
  }
  return { ok: false, error: apiErrorOf(err) };
}
