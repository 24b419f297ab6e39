import { ApiCallError } from '../api/client';
import { errorMessage } from '../i18n/error-message';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A refused or failed call with the core's own reason and field issues: here the planner needs to know
 * why (which rule blocks numbering, which character of a USCC is wrong), not only that it failed.
 */
export function Failure({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useI18n();
  const detail = error instanceof ApiCallError && error.code !== 'internal' && error.code !== 'transport' ? error : null;
  return (
    <div className="job-progress__error cform-failure" role="alert" data-testid={testId}>
      {errorMessage(t, error)}
      {detail && <span className="cform-failure__reason"> {detail.reason}</span>}
      {detail && detail.issues.length > 0 && (
        <ul>
          {detail.issues.map((issue, i) => (
            <li key={i} data-issue-path={issue.path}>
              {issue.path}: {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
