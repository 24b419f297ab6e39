import { ApiCallError } from '../api/client';

/**
 * The core's reason when it refused an edit (code `refused`), e.g. "pieces do not cover the parcel:
 * gap 0.35 m²"; null for any other failure, which the app reports as an error.
 */
export function refusalReason(err: unknown): string | null {
  if (!(err instanceof ApiCallError) || err.code !== 'refused') return null;
  return err.reason;
}
