import { ApiCallError } from '../api/client';
import { errorMessage, issueMessage } from '../i18n/error-message';
import { useI18n } from '../i18n/I18nProvider';

/**
 * A refused or failed call with the core's own reason and field issues, in the screen's language: here
 * the planner needs to know why (which rule blocks numbering, which character of a USCC is wrong), not
 * only that it failed. An issue that only repeats the reason names its field alone.
 */
export function Failure({ error, testId }: { error: unknown; testId: string }) {
  const { t } = useI18n();
  const detail = error instanceof ApiCallError && error.code !== 'internal' && error.code !== 'transport' ? error : null;
  const reason = errorMessage(t, error);
  const issues = detail ? detail.issues.map((issue) => ({ path: issue.path, text: issueMessage(t, issue) })) : [];
  return (
    <div className="job-progress__error cform-failure" role="alert" data-testid={testId}>
      {reason}
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, i) => (
            <li key={i} data-issue-path={issue.path}>
              {issue.text === reason ? issue.path : `${issue.path}: ${issue.text}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
