import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import Database from 'better-sqlite3';
import { instantOn, systemClock, todayOn, type Clock } from '../domain/calendar/clock';
import { writerPhrase } from '../domain/writer';
import { isSupportedSrs } from '../geo/crs';
import { insertAudit } from './audit';
import { createGpkgCore, isGpkg, registerGpkgFunctions } from './gpkg/core';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { ProjectBusy } from './project-busy';
import { isBusy, LOCK_ATTEMPT_MS, WriteLock } from './write-lock';
import { WriterSidecar } from './writer-sidecar';

export type ProjectErrorCode = 'missing' | 'exists' | 'not_a_project' | 'newer_schema' | 'unsupported_srs' | 'in_use';

export class ProjectError extends Error {
  constructor(
    readonly code: ProjectErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ProjectMeta {
  name: string;
  srsId: number;
  /** True for the bundled synthetic demo; the UI says so. */
  synthetic: boolean;
  /** The version of the demo generator that wrote this file (the bundled demo only), so a newer app rebuilds an older demo. */
  demoVersion?: number;
}

export interface OpenOptions {
  /** The clock every date and stamp of this project comes from; the system clock unless a test freezes it. */
  clock?: Clock;
  /**
   * How this process names itself to other writers of the file (`landlink import`, `landlink serve`),
   * and whether it is a session that announces itself for as long as the project is open.
   */
  writer?: { program: string; session?: boolean };
}

/** What a write records in the audit log; every transaction must record at least one. */
export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface WriteScope {
  db: Database.Database;
  /** The instant of this transaction on the project's clock, for every stamp it writes. */
  now: string;
  audit(record: AuditRecord): void;
}

/** Opening may migrate the schema: once, at start-up, where waiting for the lock blocks nobody. */
const OPEN_BUSY_MS = 5000;

/** One API call (see `inCall`); an async handler's later writes find it again through AsyncLocalStorage. */
interface CallState {
  /** True while the synchronous part runs: its writes join one transaction. */
  open: boolean;
  began: boolean;
  /** Transactions the call has committed: its synchronous part, and each write of an async handler. */
  committed: number;
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; FULL would fsync every commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${OPEN_BUSY_MS}`);
  // 64 MB of page cache: county-size imports touch the R-tree and four indexes on every row.
  db.pragma('cache_size = -65536');
  registerGpkgFunctions(db);
}

function schemaVersion(db: Database.Database): number {
  const row = db.prepare(`SELECT max(version) AS v FROM landlink_migrations`).get() as { v: number | null };
  return row.v ?? 0;
}

/** A LandLink project: one SQLite file that is also a GeoPackage (design.md §4). */
export class Project {
  /** The write lock as this process shares it, and who else writes the file. */
  readonly writers: WriteLock;
  private readonly sidecar: WriterSidecar;
  private readonly calls = new AsyncLocalStorage<CallState>();

  private constructor(
    readonly file: string,
    readonly db: Database.Database,
    readonly meta: ProjectMeta,
    readonly clock: Clock,
    actor: string,
    writer: OpenOptions['writer'],
  ) {
    this.sidecar = new WriterSidecar(file, { program: writer?.program ?? 'landlink', user: actor }, () => this.now());
    this.writers = new WriteLock(db, this.sidecar, () => this.today());
  }

  /** Today in Asia/Shanghai on the project's clock: the date every "as of today" of the core uses. */
  today(): string {
    return todayOn(this.clock);
  }

  /** The current instant as an ISO 8601 UTC stamp, for audit rows and created/updated columns. */
  now(): string {
    return instantOn(this.clock);
  }

  /** Creates a new project file; the file appears only once it is complete. */
  static create(file: string, meta: ProjectMeta, actor: string, options: OpenOptions = {}): Project {
    const clock = options.clock ?? systemClock;
    if (existsSync(file)) throw new ProjectError('exists', `${file} already exists; choose a new file name`);
    if (!isSupportedSrs(meta.srsId)) throw new ProjectError('unsupported_srs', `EPSG:${meta.srsId} is not a supported coordinate system`);
    const tmp = `${file}.creating-${process.pid}`;
    try {
      const db = new Database(tmp);
      registerGpkgFunctions(db);
      db.transaction(() => {
        createGpkgCore(db);
        db.exec(`CREATE TABLE landlink_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);
                 CREATE TABLE landlink_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                 CREATE TABLE audit_log (
                   id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL,
                   entity_id TEXT, before_json TEXT, after_json TEXT, prev_hash TEXT, hash TEXT);`);
        const put = db.prepare(`INSERT INTO landlink_meta (key, value) VALUES (?, ?)`);
        put.run('name', meta.name);
        put.run('srs_id', String(meta.srsId));
        put.run('synthetic', meta.synthetic ? '1' : '0');
        if (meta.demoVersion !== undefined) put.run('demo_version', String(meta.demoVersion));
        insertAudit(db, instantOn(clock), { actor, action: 'create', entity: 'project', entityId: null, before: null, after: meta });
      })();
      db.close();
      renameSync(tmp, file);
    } finally {
      rmSync(tmp, { force: true });
    }
    return Project.open(file, actor, { ...options, clock });
  }

  /** Opens a project, applying pending migrations in one transaction; refuses newer files. */
  static open(file: string, actor: string, options: OpenOptions = {}): Project {
    const clock = options.clock ?? systemClock;
    if (!existsSync(file)) throw new ProjectError('missing', `${file} does not exist`);
    const db = new Database(file, { fileMustExist: true });
    try {
      const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='landlink_migrations'`).get();
      if (!isGpkg(db) || !hasTable) throw new ProjectError('not_a_project', `${file} is not a LandLink project (GeoPackage with LandLink tables)`);
      const version = schemaVersion(db);
      if (version > LATEST_SCHEMA_VERSION) {
        throw new ProjectError(
          'newer_schema',
          `${file} was written by a newer LandLink (schema ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update LandLink to open it.`,
        );
      }
      configure(db);
      const meta = readMeta(db);
      // Every migration the file has not recorded, not only those above its highest: migrations are
      // numbered as they are planned and may land out of order, so a file can hold 8 without 6.
      const unapplied = () => {
        const applied = new Set(db.prepare(`SELECT version FROM landlink_migrations`).pluck().all() as number[]);
        return MIGRATIONS.filter((m) => !applied.has(m.version));
      };
      if (unapplied().length > 0) {
        // IMMEDIATE, and the recorded migrations read again under the lock: two processes opening an old file
        // at once migrate it once.
        db.transaction(() => {
          const from = schemaVersion(db);
          const pending = unapplied();
          if (pending.length === 0) return;
          for (const m of pending) {
            m.up(db, { srsId: meta.srsId });
            db.prepare(`INSERT INTO landlink_migrations (version, name, applied_at) VALUES (?, ?, ?)`).run(m.version, m.name, instantOn(clock));
          }
          insertAudit(db, instantOn(clock), { actor, action: 'migrate', entity: 'project', entityId: null, before: { schema: from }, after: { schema: LATEST_SCHEMA_VERSION } });
        }).immediate();
      }
      db.pragma(`busy_timeout = ${LOCK_ATTEMPT_MS}`);
      const project = new Project(file, db, meta, clock, actor, options.writer);
      if (options.writer?.session) project.openSession();
      return project;
    } catch (err) {
      db.close();
      throw err;
    }
  }

  /**
   * Announces this session beside the file. A second session on this computer is let in (the screens
   * tell both planners): SQLite serialises the two, and each edit waits its turn. One on another computer
   * is refused, since WAL's shared index works only between processes of one computer (sqlite.org/wal.html):
   * two computers editing one file on a shared folder would corrupt it.
   */
  private openSession(): void {
    const away = this.sidecar.others().find((e) => e.host !== this.sidecar.host);
    if (away) {
      throw new ProjectError(
        'in_use',
        `${this.file} 正由 ${writerPhrase(away, this.sidecar, this.today())}打开编辑。两台电脑同时编辑共享文件夹里的同一项目会损坏文件，` +
          `请等对方关闭后再打开；如果那台电脑上的 LandLink 已经关闭（死机或断电），删除项目旁的 ${basename(this.file)}.writer-${away.pid}-*.json 后再打开`,
      );
    }
    this.sidecar.openSession();
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  /**
   * Runs one API call so that it commits exactly what it reports. The call's first write opens the
   * transaction (IMMEDIATE: it takes the write lock before reading anything it writes), later writes nest
   * in it as savepoints, and `fn`, which builds and checks the answer, decides: a return commits every
   * write of the call, a throw rolls them all back. A promise returned by `fn` commits what was written
   * before it, since a transaction cannot stay open across event-loop turns that other calls share; an
   * async handler's later writes each commit on their own, and are counted, so a refusal can tell
   * whether the call has changed anything yet.
   */
  inCall<T>(fn: () => T): T {
    if (this.calls.getStore()?.open) return fn();
    const call: CallState = { open: true, began: false, committed: 0 };
    return this.calls.run(call, () => {
      let ok = false;
      try {
        const result = fn();
        ok = true;
        return result;
      } finally {
        call.open = false;
        if (call.began && this.db.inTransaction) {
          try {
            this.db.exec(ok ? 'COMMIT' : 'ROLLBACK');
            if (ok) call.committed++;
          } catch (err) {
            if (this.db.inTransaction) this.db.exec('ROLLBACK');
            throw err;
          }
        }
      }
    });
  }

  /**
   * Runs `fn` as one transaction (a savepoint inside a call's transaction); it rolls back whole on any
   * error or when no audit row was written. While another writer holds the file it throws ProjectBusy
   * having written nothing.
   */
  write<T>(actor: string, fn: (scope: WriteScope) => T): T {
    const call = this.calls.getStore();
    // Only the first write of a call may send the call back to be run again: nothing of it is stored yet.
    const refused = () => this.writers.refusal(call !== undefined && call.committed === 0);
    if (this.writers.longWriting) throw refused();
    if (call?.open && !call.began && !this.db.inTransaction) {
      if (!this.writers.begin()) throw refused();
      call.began = true;
    }
    const transaction = this.db.transaction(() => {
      let audited = 0;
      const now = this.now();
      const result = fn({
        db: this.db,
        now,
        audit: (record) => {
          audited++;
          insertAudit(this.db, now, { actor, ...record, before: record.before ?? null, after: record.after ?? null });
        },
      });
      if (audited === 0) throw new Error('a write must record an audit row');
      return result;
    });
    if (this.db.inTransaction) return transaction();
    let result: T;
    try {
      result = transaction.immediate();
    } catch (err) {
      throw isBusy(err) ? refused() : err;
    }
    if (call) call.committed++;
    return result;
  }

  /**
   * One transaction that may span many event-loop turns (an import of 100k parcels reports progress
   * and can be cancelled between chunks). It queues for the lock without blocking the event loop
   * (`WriteLock.acquireLong`, which calls `whileWaiting` every round), and other writes of this process
   * wait for it to end, so nothing else can slip into it; a throw, a cancel or a missing audit row rolls
   * it all back.
   */
  async writeLong<T>(actor: string, label: string, fn: (scope: WriteScope) => Promise<T>, whileWaiting?: () => Promise<void>): Promise<T> {
    const release = await this.writers.acquireLong(label, whileWaiting);
    try {
      let audited = 0;
      const now = this.now();
      const result = await fn({
        db: this.db,
        now,
        audit: (record) => {
          audited++;
          insertAudit(this.db, now, { actor, ...record, before: record.before ?? null, after: record.after ?? null });
        },
      });
      if (audited === 0) throw new Error('a write must record an audit row');
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    } finally {
      release();
    }
  }

  /** Resolves true when a call refused with `busy` may run again, false when `signal` gives up first. */
  whenWritable(busy: ProjectBusy, signal: AbortSignal): Promise<boolean> {
    return this.writers.whenWritable(busy, signal);
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.sidecar.close();
  }
}

function readMeta(db: Database.Database): ProjectMeta {
  const rows = db.prepare(`SELECT key, value FROM landlink_meta`).all() as { key: string; value: string }[];
  const map = new Map(rows.map((r) => [r.key, r.value]));
  const demo = map.get('demo_version');
  return { name: map.get('name') ?? '', srsId: Number(map.get('srs_id')), synthetic: map.get('synthetic') === '1', ...(demo ? { demoVersion: Number(demo) } : {}) };
}

/** A project file's metadata read without opening it for work (no migration, no session); null when it is not one. */
export function peekProjectMeta(file: string): ProjectMeta | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'landlink_meta'`).get() ? readMeta(db) : null;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
