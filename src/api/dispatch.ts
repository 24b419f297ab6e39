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

/** Parses input, runs the handler, checks its output and wraps everything in the envelope. */
export function createDispatch(handlers: Handlers): Dispatch {
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
      const data = spec.output.parse(await handler(parsed.data, ctx));
      return { ok: true, data };
    } catch (err) {
      if (err instanceof ApiFailure) return { ok: false, error: { code: err.code, message: err.message, issues: err.issues } };
      if (err instanceof ProjectBusy) return { ok: false, error: { code: 'conflict', message: err.message, issues: [] } };
      const message = err instanceof Error ? err.message : String(err);
      return { ok: false, error: { code: 'internal', message, issues: [] } };
    }
  };
}
