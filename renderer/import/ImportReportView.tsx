import type { ImportReport } from '../../src/api/methods/import';
import { formatM2, formatMu } from '../../src/domain/units';
import { useI18n } from '../i18n/I18nProvider';
import { skippableBadRecords } from './import-outcome';
import { ProblemList } from './ProblemList';
import { baseName } from './source-files';

interface ImportReportViewProps {
  report: ImportReport;
  /** Runs the same import again, leaving the bad records out. */
  onSkipBad: () => void;
}

/** The outcome of an import: counts, total area in 亩, and every problem by file and record. */
export function ImportReportView({ report, onSkipBad }: ImportReportViewProps) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const skippable = skippableBadRecords(report);
  const area = (m2: number, testId: string) => (
    <dd className="num" data-testid={testId} title={t('unit.m2Value', { value: formatM2(m2) })}>
      {t('unit.muValue', { value: formatMu(m2) })}
    </dd>
  );
  return (
    <div data-testid="import-report" data-committed={report.committed}>
      <p className={report.committed ? 'notice-box' : 'notice-box notice-box--error'} data-testid="import-report-status">
        {report.committed ? t('import.report.committed', { file: baseName(report.file), layer: report.layer }) : t('import.report.refused', { file: baseName(report.file) })}
      </p>
      <dl className="fields">
        <div className="field">
          <dt>{t('import.report.read')}</dt>
          <dd className="num">{number.format(report.read)}</dd>
        </div>
        <div className="field">
          <dt>{t('import.report.imported')}</dt>
          <dd className="num" data-testid="import-report-imported">
            {number.format(report.imported)}
          </dd>
        </div>
        {report.replaced > 0 && (
          <div className="field">
            <dt>{t('import.report.replaced')}</dt>
            <dd className="num">{number.format(report.replaced)}</dd>
          </div>
        )}
        <div className="field">
          <dt>{t('import.report.skipped')}</dt>
          <dd className="num" data-testid="import-report-skipped">
            {number.format(report.skipped)}
          </dd>
        </div>
        {report.committed && (
          <>
            <div className="field">
              <dt>{t('import.report.ellipsoidArea')}</dt>
              {area(report.totals.ellipsoidM2, 'import-report-ellipsoid-mu')}
            </div>
            <div className="field">
              <dt>{t('import.report.registeredArea')}</dt>
              {area(report.totals.registeredM2, 'import-report-registered-mu')}
            </div>
          </>
        )}
        <div className="field">
          <dt>{t('import.report.crs')}</dt>
          <dd className="mono">
            {report.fromSrsId === null ? t('import.crs.unknown') : `EPSG:${report.fromSrsId}`} → EPSG:{report.toSrsId}
            {report.swapped && ` (${t('import.report.swapped')})`}
          </dd>
        </div>
      </dl>
      {report.problemCount > 0 && <h3>{t('import.problems', { count: number.format(report.problemCount) })}</h3>}
      <ProblemList problems={report.problems} count={report.problemCount} testId="import-report-problems" />
      {skippable !== null && (
        <button type="button" className="button button--primary" onClick={onSkipBad} data-testid="import-skip-bad">
          {t('import.report.skipBad', { count: number.format(skippable) })}
        </button>
      )}
    </div>
  );
}
