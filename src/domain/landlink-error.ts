import { z } from 'zod';
import { msg, type Message, type MessageParam } from './message';

export const ErrorCodeSchema = z.enum(['bad_input', 'not_found', 'unknown_method', 'conflict', 'refused', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** One field at fault: its dotted path in the input (or the record) and what is wrong with it. */
export interface ErrorIssue {
  path: string;
  message: Message;
}

/**
 * The one error type of LandLink: a code the transports map (HTTP status, exit code), the message as a
 * catalogue key with parameters, and the fields at fault. Every refusal of the core is one of these;
 * anything else that escapes a handler is an internal error.
 */
export class LandLinkError extends Error {
  readonly issues: ErrorIssue[];

  constructor(
    readonly code: ErrorCode,
    readonly text: Message,
    options: { path?: string; issues?: ErrorIssue[] } = {},
  ) {
    super(`${text.key} ${JSON.stringify(text.params)}`);
    this.name = 'LandLinkError';
    this.issues = options.issues ?? (options.path !== undefined ? [{ path: options.path, message: text }] : []);
  }
}

type Params = Record<string, MessageParam>;

/** A refusal naming the field at fault: the commonest errors, written in one line where they arise. */
export const badInput = (path: string, key: string, params: Params = {}) => new LandLinkError('bad_input', msg(key, params), { path });
export const notFound = (path: string, key: string, params: Params = {}) => new LandLinkError('not_found', msg(key, params), { path });
export const refused = (path: string, key: string, params: Params = {}) => new LandLinkError('refused', msg(key, params), { path });
export const conflict = (path: string, key: string, params: Params = {}) => new LandLinkError('conflict', msg(key, params), { path });
