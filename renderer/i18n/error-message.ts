import { ApiCallError } from '../api/client';
import type { I18n } from './I18nProvider';

/** One translated sentence per error code; the core's own wording is logged where the error arrives. */
export function errorMessage(t: I18n['t'], err: unknown): string {
  return t(err instanceof ApiCallError ? `error.${err.code}` : 'error.internal');
}
