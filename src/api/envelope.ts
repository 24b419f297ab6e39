import { z } from 'zod';

export const ErrorCodeSchema = z.enum(['bad_input', 'not_found', 'unknown_method', 'conflict', 'refused', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const ApiErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  /** For bad input: one entry per offending field, with its dotted path. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type Envelope<T = unknown> = { ok: true; data: T } | { ok: false; error: ApiError };

/** A failure a handler raises on purpose; anything else becomes an `internal` error. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: ApiError['issues'] = [],
  ) {
    super(message);
  }
}

export function zodIssues(error: z.ZodError): ApiError['issues'] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(input)', message: i.message }));
}

/** One line naming the first offending field, for the CLI and log lines. */
export function describeError(error: ApiError): string {
  const first = error.issues[0];
  return first ? `${error.message}: ${first.path}: ${first.message}` : error.message;
}
