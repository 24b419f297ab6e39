import { useState } from 'react';
import { call } from '../api/client';
import { Failure } from '../contracts/Failure';
import { useI18n } from '../i18n/I18nProvider';

/** Writes this project's quota ledger statement (and the county sheet) to an .xlsx path the planner types. */
export function LedgerExport({ projectId }: { projectId: number }) {
  const { t } = useI18n();
  const [out, setOut] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = () => {
    setBusy(true);
    setDone(null);
    setFailure(null);
    call('linkage.ledger.export', { out: out.trim(), overwrite: true, projectId })
      .then((r) => setDone(r.file), setFailure)
      .finally(() => setBusy(false));
  };

  return (
    <section className="books-section" data-testid="ledger-export-section">
      <h3>{t('linkageBooks.export.title')}</h3>
      <div className="button-row">
        <input type="text" className="books-path" value={out} onChange={(e) => setOut(e.target.value)} placeholder={t('linkageBooks.export.placeholder')} aria-label={t('linkageBooks.export.title')} data-testid="ledger-export-out" />
        <button type="button" className="button" disabled={!out.trim() || busy} onClick={run} data-testid="ledger-export-run">
          {t('linkageBooks.export.run')}
        </button>
      </div>
      {done && (
        <p className="books-done" data-testid="ledger-export-done">
          {t('linkageBooks.export.done', { path: done })}
        </p>
      )}
      {failure !== null && <Failure error={failure} testId="ledger-export-error" />}
    </section>
  );
}
