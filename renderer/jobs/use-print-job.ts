import { useState } from 'react';
import type { DocumentsReport } from '../../src/api/methods/documents';
import type { JobSnapshot } from './use-job';

export interface PrintJob {
  job: { id: string; running: boolean } | null;
  running: boolean;
  report: DocumentsReport | null;
  /** Wrapped so an error value is never mistaken for a state updater. */
  failure: { error: unknown } | null;
  /** Starts the print: `begin` calls the documents method that returns the job id. */
  start(begin: () => Promise<{ jobId: string }>): void;
  /** For JobProgress's onFinished: keeps the report of a finished print. */
  finished(snapshot: JobSnapshot): void;
  /** Shows a failure to load what the print screen offers. */
  fail(error: unknown): void;
}

/** The state every print screen shares: the running job, its report and a refusal to start it. */
export function usePrintJob(): PrintJob {
  const [job, setJob] = useState<{ id: string; running: boolean } | null>(null);
  const [report, setReport] = useState<DocumentsReport | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  return {
    job,
    running: job?.running === true,
    report,
    failure,
    start(begin) {
      setFailure(null);
      setReport(null);
      begin().then(
        (started) => setJob({ id: started.jobId, running: true }),
        (error: unknown) => setFailure({ error }),
      );
    },
    finished(snapshot) {
      setJob({ id: snapshot.id, running: false });
      if (snapshot.state === 'done') setReport(snapshot.result as DocumentsReport); // validated by the core
    },
    fail: (error) => setFailure({ error }),
  };
}
