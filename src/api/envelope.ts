import { z } from 'zod';
import { ErrorCodeSchema, type ErrorCode } from '../domain/landlink-error';
import { MessageSchema } from '../domain/message';

export { ErrorCodeSchema, type ErrorCode };

const ParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), MessageSchema]));

/**
 * An error as every transport carries it: the code, the message as a catalogue key with its parameters
 * (which the screen renders in its language), the same message rendered in Chinese for the command line
 * and the log, and one entry per field at fault.
 */
export const ApiErrorSchema = z.object({
  code: ErrorCodeSchema,
  key: z.string(),
  params: ParamsSchema,
  message: z.string(),
  /** For bad input: one entry per offending field, with its dotted path. */
  issues: z.array(z.object({ path: z.string(), key: z.string(), params: ParamsSchema, message: z.string() })),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type Envelope<T = unknown> = { ok: true; data: T } | { ok: false; error: ApiError };

/** A failure a handler raises on purpose; anything else becomes an `internal` error. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** One line naming the first offending field, for the CLI and log lines. */
export function describeError(error: ApiError): string {
  const first = error.issues[0];
  return first ? `${error.message}: ${first.path}: ${first.message}` : error.message;
}
