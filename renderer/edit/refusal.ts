import { ApiCallError } from '../api/client';
import type { Message } from '../../src/domain/message';

/**
 * The core's reason when it refused an edit (code `refused`), e.g. that the pieces do not cover the parcel,
 * as a message for the screen to say in its language; null for any other failure, which the app reports as an error.
 */
export function refusalReason(err: unknown): Message | null {
  if (!(err instanceof ApiCallError) || err.code !== 'refused') return null;
  return err.text;
}
