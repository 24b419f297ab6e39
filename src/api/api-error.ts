import { zh } from '../../resources/i18n/render-message';
import { LandLinkError, type ErrorCode, type ErrorIssue } from '../domain/landlink-error';
import { msg, type Message } from '../domain/message';
import { ApiFailure, type ApiError } from './envelope';
import { ProjectBusy } from '../store/project-busy';

/** An error for the envelope: the message as key and parameters, and rendered in Chinese for the CLI and the log. */
export function apiError(code: ErrorCode, text: Message, issues: readonly ErrorIssue[] = []): ApiError {
  return {
    code,
    key: text.key,
    params: text.params,
    message: zh(text),
    issues: issues.map((i) => ({ path: i.path, key: i.message.key, params: i.message.params, message: zh(i.message) })),
  };
}

// A sentence the core still composes itself rather than naming a catalogue key; it shows as written.
const written = (text: string): Message => msg('error.detail', { detail: text });

/** Whatever a handler or job threw, as the envelope says it; anything not raised on purpose is `internal`. */
export function apiErrorOf(err: unknown): ApiError {
  if (err instanceof LandLinkError) return apiError(err.code, err.text, err.issues);
  if (err instanceof ApiFailure) return apiError(err.code, written(err.message), err.issues.map((i) => ({ path: i.path, message: written(i.message) })));
  if (err instanceof ProjectBusy) return apiError('conflict', written(err.message));
  return apiError('internal', msg('error.internal.detail', { detail: err instanceof Error ? err.message : String(err) }));
}
