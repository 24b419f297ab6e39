import { z } from 'zod';
import { contract, isMethodName, type Contract, type MethodName, type MethodOutput } from './contract';
import { ProjectBusy } from '../store/project';
import { ApiFailure, zodIssues, type Envelope } from './envelope';

export interface CallContext {
  /** Who is acting, written to the audit log: the OS user for the CLI and desktop, `browser` for the host. */
  actor: string;
}

export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>, ctx: CallContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export type Dispatch = (method: string, input: unknown, ctx: CallContext) => Promise<Envelope>;

/** Where a call's writes are held until its answer is checked: the project (`Project.inCall`). */
export interface CallScope {
  inCall<T>(fn: () => T): T;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * Parses input, runs the handler, checks its output and wraps everything in the envelope. A synchronous
 * handler's answer is checked before its writes commit, so a call either commits and answers ok or
 * answers an error with the file unchanged; an async handler (one that starts a job or reads a file
 * first) has its answer checked when it settles.
 */
export function createDispatch(handlers: Handlers, scope: CallScope = { inCall: (fn) => fn() }): Dispatch {
  return async (method, rawInput, ctx) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `unknown method "${method}"`, issues: [] } };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad_input', message: `invalid input to ${method}`, issues: zodIssues(parsed.error) } };
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: CallContext) => unknown;
      let pending: PromiseLike<unknown> | null = null;
      let data = scope.inCall(() => {
        const out = handler(parsed.data, ctx);
        if (isThenable(out)) {
          pending = out;
          return undefined;
        }
        return spec.output.parse(out);
      });
      if (pending) data = spec.output.parse(await pending);
      return { ok: true, data };
    } catch (err) {
      if (err instanceof ApiFailure) return { ok: false, error: { code: err.code, message: err.message, issues: err.issues } };
      if (err instanceof ProjectBusy) return { ok: false, error: { code: 'conflict', message: err.message, issues: [] } };
      const message = err instanceof Error ? err.message : String(err);
      return { ok: false, error: { code: 'internal', message, issues: [] } };
    }
  };
}
