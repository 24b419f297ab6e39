import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../src/api/contract';
import { call, onCallsInFlight } from './client';

export type WriterStatus = MethodOutput<'project.writers'>;

/** A call unanswered this long may be waiting for the project file: from then on the status is asked for. */
const SLOW_CALL_MS = 300;
/** How often it is asked for while such a call is pending. */
const WAIT_POLL_MS = 500;
/** How often otherwise, since other sessions on the file come and go. */
const IDLE_POLL_MS = 15_000;

/**
 * Who else writes the project file, and whether a call of this process waits for it. Asked for once at
 * start, every IDLE_POLL_MS, and often while a call has been pending longer than SLOW_CALL_MS, so a write
 * that queues behind an import is shown as waiting rather than as a frozen screen.
 */
export function useWriterStatus(): WriterStatus | null {
  const [status, setStatus] = useState<WriterStatus | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = 0;
    /** Whether the status was asked for during the pending calls, so their end must be asked about too. */
    let watching = false;
    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(ask, ms);
    };
    function ask() {
      clearTimeout(timer);
      watching = pending > 0;
      call('project.writers', {}).then(
        (next) => !stopped && setStatus(next),
        // A hint only: the call that waits reports its own failure.
        () => !stopped && setStatus(null),
      ).finally(() => !stopped && schedule(pending > 0 ? WAIT_POLL_MS : IDLE_POLL_MS));
    }
    const unsubscribe = onCallsInFlight((count) => {
      const started = pending === 0 && count > 0;
      pending = count;
      if (started) schedule(SLOW_CALL_MS);
      else if (count === 0 && watching) ask();
      else if (count === 0) schedule(IDLE_POLL_MS);
    });
    ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  return status;
}
