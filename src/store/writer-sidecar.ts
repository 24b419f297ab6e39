import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { WriterEntrySchema, type WriterEntry } from '../domain/writer';

/** Is a process of this computer still running? EPERM: it runs, under another user. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface WriterIdentity {
  program: string;
  user: string;
}

/**
 * The announcement of one writing process beside the project: `<file>.writer-<pid>-<tag>.json`, one
 * file per open project, so two sessions never overwrite each other's entry. It is written to a temporary
 * name and renamed into place (a reader sees a whole entry or none) and removed when the process stops
 * writing. An entry of a process of this computer that no longer runs (a crash) is ignored and removed;
 * one of another computer cannot be checked and is taken as it stands.
 */
export class WriterSidecar {
  readonly host = hostname();
  private readonly path: string;
  private entry: WriterEntry | null = null;
  private session = false;

  constructor(
    private readonly file: string,
    private readonly who: WriterIdentity,
    private readonly now: () => string,
  ) {
    this.path = `${file}.writer-${process.pid}-${randomBytes(3).toString('hex')}.json`;
  }

  /** This process's entry while it announces itself. */
  get current(): WriterEntry | null {
    return this.entry;
  }

  /** Announces a session: this process keeps the file open for writing until `close`. */
  openSession(): void {
    this.session = true;
    this.put({ pid: process.pid, host: this.host, user: this.who.user, program: this.who.program, since: this.now(), writing: null });
  }

  /** Announces a long write that holds the file until `endWrite`. */
  beginWrite(label: string): void {
    const since = this.now();
    const base = this.entry ?? { pid: process.pid, host: this.host, user: this.who.user, program: this.who.program, since };
    this.put({ ...base, writing: { label, since } });
  }

  endWrite(): void {
    if (this.session && this.entry) this.put({ ...this.entry, writing: null });
    else this.close();
  }

  close(): void {
    this.entry = null;
    rmSync(this.path, { force: true });
  }

  /** The other writers' entries, oldest first. */
  others(): WriterEntry[] {
    const dir = dirname(this.file);
    const prefix = `${basename(this.file)}.writer-`;
    const found: WriterEntry[] = [];
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!name.startsWith(prefix) || !name.endsWith('.json') || path === this.path) continue;
      let entry: WriterEntry;
      try {
        entry = WriterEntrySchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      } catch {
        // Gone since the listing, or not an entry of ours: it announces nobody.
        continue;
      }
      if (entry.host === this.host && !running(entry.pid)) rmSync(path, { force: true });
      else found.push(entry);
    }
    return found.sort((a, b) => a.since.localeCompare(b.since));
  }

  private put(entry: WriterEntry): void {
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(entry, null, 2)}\n`);
    renameSync(tmp, this.path);
    this.entry = entry;
  }
}
