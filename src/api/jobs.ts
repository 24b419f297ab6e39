import { instantOn, systemClock, type Clock } from '../domain/calendar/clock';
import { apiErrorOf } from './api-error';
import type { ApiError } from './envelope';

/**
 * Long work (imports, exports, checks, batch prints) runs as a job: the call that starts it returns at
 * once with a job id, the UI polls `jobs.get` for progress and may `jobs.cancel`. The work itself must
 * call `checkpoint()` between chunks: that is where progress is published, the event loop breathes
 * (so polls and cancels get through) and a cancel takes effect by throwing `JobCancelled`.
 */

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobProgress {
  /** A short phase key the UI translates: reading, checking, writing, … */
  phase: string;
  done: number;
  total: number;
}

export interface JobControl {
  readonly signal: AbortSignal;
  progress(phase: string, done: number, total: number): void;
  /** Yields to the event loop and throws JobCancelled if the job was cancelled. */
  checkpoint(): Promise<void>;
}

export class JobCancelled extends Error {
  constructor() {
    super('cancelled by the user');
  }
}

export interface JobSnapshot {
  id: string;
  kind: string;
  state: JobState;
  progress: JobProgress;
  startedAt: string;
  finishedAt: string | null;
  result: unknown;
  error: ApiError | null;
}

interface Job extends JobSnapshot {
  controller: AbortController;
  done?: Promise<void>;
}

const KEEP_FINISHED = 50;

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();
  private seq = 0;
  /** Observers (the CLI's progress line) hear every progress change. */
  onProgress: ((job: JobSnapshot) => void) | null = null;

  constructor(private readonly clock: Clock = systemClock) {}

  start<T>(kind: string, work: (ctl: JobControl) => Promise<T>): string {
    const id = `${kind}-${++this.seq}-${Date.now().toString(36)}`;
    const controller = new AbortController();
    const job: Job = {
      id,
      kind,
      state: 'running',
      progress: { phase: 'starting', done: 0, total: 0 },
      startedAt: instantOn(this.clock),
      finishedAt: null,
      result: null,
      error: null,
      controller,
    };
    this.jobs.set(id, job);
    const ctl: JobControl = {
      signal: controller.signal,
      progress: (phase, done, total) => {
        job.progress = { phase, done, total };
        this.onProgress?.(this.snapshot(job));
      },
      checkpoint: async () => {
        await breathe();
        if (controller.signal.aborted) throw new JobCancelled();
      },
    };
    job.done = this.run(job, () => work(ctl));
    return id;
  }

  private async run(job: Job, work: () => Promise<unknown>): Promise<void> {
    try {
      await breathe();
      job.result = await work();
      job.state = 'done';
    } catch (err) {
      if (err instanceof JobCancelled || job.controller.signal.aborted) {
        job.state = 'cancelled';
      } else {
        job.state = 'failed';
        job.error = apiErrorOf(err);
      }
    } finally {
      job.finishedAt = instantOn(this.clock);
      this.onProgress?.(this.snapshot(job));
      this.prune();
    }
  }

  get(id: string): JobSnapshot | null {
    const job = this.jobs.get(id);
    return job ? this.snapshot(job) : null;
  }

  cancel(id: string): JobSnapshot | null {
    const job = this.jobs.get(id);
    if (!job) return null;
    if (job.state === 'running') job.controller.abort();
    return this.snapshot(job);
  }

  /** Resolves when the job has finished, whatever its outcome (the CLI and tests wait on it). */
  async wait(id: string): Promise<JobSnapshot> {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`no job ${id}`);
    await job.done;
    return this.snapshot(job);
  }

  private snapshot(job: Job): JobSnapshot {
    const { controller: _c, done: _d, ...rest } = job;
    return { ...rest, progress: { ...job.progress } };
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(j.id);
  }
}
