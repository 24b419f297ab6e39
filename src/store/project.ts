import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { instantOn, systemClock, todayOn, type Clock } from '../domain/calendar/clock';
import { isSupportedSrs } from '../geo/crs';
import { insertAudit } from './audit';
import { createGpkgCore, isGpkg, registerGpkgFunctions } from './gpkg/core';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';

export type ProjectErrorCode = 'missing' | 'exists' | 'not_a_project' | 'newer_schema' | 'unsupported_srs';

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
}

/** What a write records in the audit log; every transaction must record at least one. */
export interface OpenOptions {
  /** The clock every date and stamp of this project comes from; the system clock unless a test freezes it. */
  clock?: Clock;
}

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

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; FULL would fsync every commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
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
  private constructor(
    readonly file: string,
    readonly db: Database.Database,
    readonly meta: ProjectMeta,
    readonly clock: Clock,
  ) {}

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
        insertAudit(db, instantOn(clock), { actor, action: 'create', entity: 'project', entityId: null, before: null, after: meta });
      })();
      db.close();
      renameSync(tmp, file);
    } finally {
      rmSync(tmp, { force: true });
    }
    return Project.open(file, actor, { clock });
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
      const applied = new Set(db.prepare(`SELECT version FROM landlink_migrations`).pluck().all() as number[]);
      const pending = MIGRATIONS.filter((m) => !applied.has(m.version));
      if (pending.length > 0) {
        db.transaction(() => {
          for (const m of pending) {
            m.up(db, { srsId: meta.srsId });
            db.prepare(`INSERT INTO landlink_migrations (version, name, applied_at) VALUES (?, ?, ?)`).run(m.version, m.name, instantOn(clock));
          }
          insertAudit(db, instantOn(clock), { actor, action: 'migrate', entity: 'project', entityId: null, before: { schema: version }, after: { schema: LATEST_SCHEMA_VERSION } });
        })();
      }
      return new Project(file, db, meta, clock);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  private longWrite: string | null = null;
  /** The call running now (see `inCall`) and whether its first write has opened the transaction. */
  private call: { began: boolean } | null = null;

  /**
   * Runs one API call so that it commits exactly what it reports. The call's first write opens the
   * transaction (IMMEDIATE: it queues behind another writer rather than failing when a read would have to
   * upgrade), later writes nest in it as savepoints, and `fn`, which builds and checks the answer, decides:
   * a return commits every write of the call, a throw rolls them all back. A promise returned by `fn`
   * commits what was written before it, since a transaction cannot stay open across event-loop turns that
   * other calls share; async work writes through `write` or `writeLong` on its own.
   */
  inCall<T>(fn: () => T): T {
    if (this.call) return fn();
    const call = { began: false };
    this.call = call;
    let ok = false;
    try {
      const result = fn();
      ok = true;
      return result;
    } finally {
      this.call = null;
      if (call.began && this.db.inTransaction) {
        try {
          this.db.exec(ok ? 'COMMIT' : 'ROLLBACK');
        } catch (err) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw err;
        }
      }
    }
  }

  /**
   * Runs `fn` as one transaction (a savepoint inside a call's transaction); it rolls back whole on any
   * error or when no audit row was written.
   */
  write<T>(actor: string, fn: (scope: WriteScope) => T): T {
    if (this.longWrite) throw new ProjectBusy(this.longWrite);
    if (this.call && !this.call.began && !this.db.inTransaction) {
      this.db.exec('BEGIN IMMEDIATE');
      this.call.began = true;
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
    return this.db.inTransaction ? transaction() : transaction.immediate();
  }

  /**
   * One transaction that may span many event-loop turns (an import of 100k parcels reports progress
   * and can be cancelled between chunks). Other writes are refused while it runs, so nothing else
   * can slip into it; a throw, a cancel or a missing audit row rolls it all back.
   */
  async writeLong<T>(actor: string, label: string, fn: (scope: WriteScope) => Promise<T>): Promise<T> {
    if (this.longWrite) throw new ProjectBusy(this.longWrite);
    this.longWrite = label;
    this.db.exec('BEGIN IMMEDIATE');
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
      this.longWrite = null;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** A write refused because a long one (an import) holds the project. */
export class ProjectBusy extends Error {
  constructor(readonly holder: string) {
    super(`the project is busy (${holder}); try again when it has finished`);
  }
}

function readMeta(db: Database.Database): ProjectMeta {
  const rows = db.prepare(`SELECT key, value FROM landlink_meta`).all() as { key: string; value: string }[];
  const map = new Map(rows.map((r) => [r.key, r.value]));
  return { name: map.get('name') ?? '', srsId: Number(map.get('srs_id')), synthetic: map.get('synthetic') === '1' };
}
