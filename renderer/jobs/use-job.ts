import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../src/api/contract';
import { call } from '../api/client';

export type JobSnapshot = MethodOutput<'jobs.get'>;

/** How often a running job is polled: often enough for a smooth bar, rare enough to leave the core alone. */
export const POLL_MS = 200;

export interface JobHandle {
  snapshot: JobSnapshot | null;
  /** A failure to reach the job at all (not a failed job: that is `snapshot.state`). */
  error: unknown;
  cancel: () => void;
}

/** Follows one job by polling `jobs.get` until it finishes; null follows nothing. */
export function useJob(jobId: string | null): JobHandle {
  const [snapshot, setSnapshot] = useState<JobSnapshot | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setSnapshot(null);
    setError(null);
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      call('jobs.get', { id: jobId }).then(
        (next) => {
          if (stopped) return;
          setSnapshot(next);
          if (next.state === 'running') timer = setTimeout(poll, POLL_MS);
        },
        (err: unknown) => !stopped && setError(err),
      );
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  const cancel = useCallback(() => {
    if (!jobId) return;
    // The next poll reports the cancelled state; the snapshot returned here may still say running.
    call('jobs.cancel', { id: jobId }).catch(setError);
  }, [jobId]);

  return { snapshot, error, cancel };
}
