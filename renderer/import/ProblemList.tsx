import type { Problem } from '../../src/api/methods/import';
import { useI18n } from '../i18n/I18nProvider';
import { baseName } from './source-files';

interface ProblemListProps {
  problems: Problem[];
  /** All problems found; the core lists only the first ones. */
  count: number;
  testId: string;
}

/** Problems of a source, each naming the file, the record and the reason (the core's own words). */
export function ProblemList({ problems, count, testId }: ProblemListProps) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <div className="problem-list" data-testid={testId}>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('import.problem.file')}</th>
            <th>{t('import.problem.record')}</th>
            <th>{t('import.problem.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} className={p.fatal ? 'is-fatal' : undefined} data-testid={`${testId}-row`}>
              <td className="mono" title={p.file}>
                {baseName(p.file)}
              </td>
              <td className="num">{p.record === null ? t('common.none') : p.record}</td>
              <td>
                {p.fatal && <span className="badge badge--fatal">{t('import.problem.fatal')}</span>} {p.reason}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {count > problems.length && <p className="hint">{t('import.problem.more', { shown: problems.length, count })}</p>}
    </div>
  );
}
