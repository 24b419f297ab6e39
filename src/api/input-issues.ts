import type { z } from 'zod';
import type { ErrorIssue } from '../domain/landlink-error';
import { msg, type Message, type MessageParam } from '../domain/message';

/**
 * What zod found wrong with an input, as catalogue messages: the kind of problem and its figures, so the
 * screen says it in its own language. A refinement of ours names its own message by `params.key`.
 */
function issueMessage(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      return msg('input.invalid_type', { expected: String(issue.expected) });
    case 'too_small':
      return msg(`input.too_small.${sizeOf(issue.origin)}`, { minimum: Number(issue.minimum) });
    case 'too_big':
      return msg(`input.too_big.${sizeOf(issue.origin)}`, { maximum: Number(issue.maximum) });
    case 'invalid_format':
      return msg(issue.format === 'date' ? 'input.invalid_format.date' : 'input.invalid_format', { format: issue.format });
    case 'invalid_value':
      return msg('input.invalid_value', { values: issue.values.map(String).join(', ') });
    case 'not_multiple_of':
      return msg('input.not_multiple_of', { divisor: Number(issue.divisor) });
    case 'custom': {
      const params = issue.params as { key?: unknown; params?: Record<string, MessageParam> } | undefined;
      return typeof params?.key === 'string' ? msg(params.key, params.params ?? {}) : msg('input.custom', { detail: issue.message });
    }
    default:
      return msg('input.invalid', { detail: issue.message });
  }
}

const sizeOf = (origin: string): 'number' | 'string' | 'array' => (origin === 'string' ? 'string' : origin === 'array' || origin === 'set' ? 'array' : 'number');

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(input)';

/** One entry per field at fault; each unexpected key is its own entry, named by its path. */
export const inputIssues = (error: z.ZodError): ErrorIssue[] =>
  error.issues.flatMap((i): ErrorIssue[] =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: pathOf([...i.path, key]), message: msg('input.unrecognized_key') }))
      : [{ path: pathOf(i.path), message: issueMessage(i) }],
  );
