import { ApiCallError } from '../api/client';
import type { I18n } from './I18nProvider';
import type { MessageKey } from './messages';

/** The core's reason in the screen's language (its catalogue key and parameters); the Chinese original is logged where the error arrives. */
export function errorMessage(t: I18n['t'], err: unknown): string {
  return err instanceof ApiCallError ? t(err.text.key as MessageKey, err.text.params) : t('error.internal');
}

/** One field at fault, in the screen's language. */
export const issueMessage = (t: I18n['t'], issue: ApiCallError['issues'][number]): string => t(issue.key as MessageKey, issue.params);
