import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { WriterEntry, WriterStatus } from '../domain/writer';
import { ProjectBusy } from './project-busy';
import type { WriterSidecar } from './writer-sidecar';

/**
 * How long one attempt to take the write lock may wait inside SQLite. better-sqlite3 is synchronous, so
 * that wait blocks the whole event loop of the host: it is kept short, and a write refused after it waits
 * asynchronously (`whenWritable`, `acquireLong`) while other requests are answered.
 */
export const LOCK_ATTEMPT_MS = 50;
/** How often a waiting writer looks whether the lock is free again; the look itself never waits. */
const LOCK_PROBE_MS = 50;

export const isBusy = (err: unknown): boolean => err instanceof Database.SqliteError && err.code.startsWith('SQLITE_BUSY');

/**
 * The write lock of one project connection as this process shares it: SQLite's lock between processes
 * (BEGIN IMMEDIATE), the long write of this process that other writes of the process queue behind, the
 * waits for either, and the announcement beside the file that names the holder to other processes.
 */
export class WriteLock {
  /** The long write of this process: from the moment it queues for the lock until it ends. */
  private long: { label: string; done: Promise<void> } | null = null;
  /** The calls waiting for the file, first come first woken, and the one loop that wakes them. */
  private readonly queue: (() => void)[] = [];
  private waker: Promise<void> | null = null;
  /** Calls and long writes of this process waiting for the file now. */
  private waiting = 0;
  /** Hears each wait for the file as it begins, with who holds it (the command line prints it). */
  onWait: ((busy: ProjectBusy) => void) | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly sidecar: WriterSidecar,
    private readonly today: () => string,
  ) {}

  /** True while a long write of this process holds the file or queues for it. */
  get longWriting(): boolean {
    return this.long !== null;
  }

  /** BEGIN IMMEDIATE, waiting at most `ms` inside SQLite; false when another connection holds the lock. */
  begin(ms = LOCK_ATTEMPT_MS): boolean {
    if (ms !== LOCK_ATTEMPT_MS) this.db.pragma(`busy_timeout = ${ms}`);
    try {
      this.db.exec('BEGIN IMMEDIATE');
      return true;
    } catch (err) {
      if (isBusy(err)) return false;
      throw err;
    } finally {
      if (ms !== LOCK_ATTEMPT_MS) this.db.pragma(`busy_timeout = ${LOCK_ATTEMPT_MS}`);
    }
  }

  /**
   * Queues a long write behind this process's own and takes the lock from other processes, waiting
   * without blocking the event loop and calling `whileWaiting` every round (a job reports it and may
   * throw to give up). Holding the lock, it announces itself beside the file; `release` ends that.
   */
  async acquireLong(label: string, whileWaiting?: () => Promise<void>): Promise<() => void> {
    let waits = false;
    const wait = async (until: Promise<unknown>) => {
      if (!waits) this.enter(this.refusal(false));
      waits = true;
      await whileWaiting?.();
      await Promise.race([until, sleep(LOCK_PROBE_MS)]);
    };
    let queued: { label: string; done: Promise<void> } | null = null;
    let began = false;
    let finish = () => {};
    const release = () => {
      if (this.long === queued) this.long = null;
      finish();
    };
    try {
      while (this.long) await wait(this.long.done);
      queued = this.long = { label, done: new Promise<void>((resolve) => (finish = resolve)) };
      while (!this.begin()) await wait(sleep(LOCK_PROBE_MS));
      began = true;
      this.sidecar.beginWrite(label);
    } catch (err) {
      if (began) this.db.exec('ROLLBACK');
      release();
      throw err;
    } finally {
      if (waits) this.waiting--;
    }
    return () => {
      this.sidecar.endWrite();
      release();
    };
  }

  /**
   * Resolves true when a write refused with `busy` may be tried again: once this process's long write has
   * ended, or once the lock looks free; false when `signal` gives up first. It never blocks the event loop.
   */
  async whenWritable(busy: ProjectBusy, signal: AbortSignal): Promise<boolean> {
    if (signal.aborted) return false;
    this.enter(busy);
    let wake!: () => void;
    let giveUp!: () => void;
    const woken = new Promise<true>((resolve) => (wake = () => resolve(true)));
    const abandoned = new Promise<false>((resolve) => (giveUp = () => resolve(false)));
    signal.addEventListener('abort', giveUp, { once: true });
    this.queue.push(wake);
    this.waker ??= this.wakeInTurn()
      // A look at the lock that failed otherwise than busy: the calls run again and meet the error themselves.
      .catch(() => this.queue.splice(0).forEach((w) => w()))
      .finally(() => (this.waker = null));
    try {
      return await Promise.race([woken, abandoned]);
    } finally {
      this.waiting--;
      signal.removeEventListener('abort', giveUp);
      const queued = this.queue.indexOf(wake);
      if (queued >= 0) this.queue.splice(queued, 1);
    }
  }

  /** Who writes the file besides this process, and who holds it for a long write now. */
  status(): WriterStatus {
    const others = this.sidecar.others();
    return { host: this.sidecar.host, waiting: this.waiting, holder: this.holder(others), others };
  }

  /**
   * The refusal of a write while another writer holds the file. `retry`: the write was the first of its
   * API call, so the call changed nothing and may run again.
   */
  refusal(retry: boolean): ProjectBusy {
    // While this process's long write still queues for the lock, whoever holds the lock is another process.
    const holder = this.holder(this.long && this.sidecar.current?.writing ? [] : this.sidecar.others());
    return new ProjectBusy(holder, retry, { host: this.sidecar.host, today: this.today() });
  }

  /** Counts one more waiter; the first of a wait is announced. */
  private enter(busy: ProjectBusy): void {
    if (this.waiting++ === 0) this.onWait?.(busy);
  }

  /**
   * Wakes the waiting calls in the order they came, one per turn of the event loop, whenever the lock
   * looks free (a look that never waits inside SQLite): a woken call runs at once and commits, and the
   * requests that arrived meanwhile are answered before the next one runs, rather than after all of them.
   */
  private async wakeInTurn(): Promise<void> {
    while (this.queue.length > 0) {
      if (!this.db.open) {
        for (const wake of this.queue.splice(0)) wake();
      } else if (this.long) {
        await this.long.done;
      } else if (this.begin(0)) {
        this.db.exec('ROLLBACK');
        this.queue.shift()!();
        await nextTurn();
      } else {
        await sleep(LOCK_PROBE_MS);
      }
    }
  }

  /** The long write holding the file: this process's own, or one another LandLink process announced. */
  private holder(others: WriterEntry[]): WriterStatus['holder'] {
    const own = this.sidecar.current;
    if (this.long && own?.writing) return { ...own, thisProcess: true };
    const other = others.find((e) => e.writing);
    return other ? { ...other, thisProcess: false } : null;
  }
}
