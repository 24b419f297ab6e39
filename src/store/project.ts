import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
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
export interface AuditRecord {
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

export interface WriteScope {
  db: Database.Database;
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
  ) {}

  /** Creates a new project file; the file appears only once it is complete. */
  static create(file: string, meta: ProjectMeta, actor: string): Project {
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
                   entity_id TEXT, before_json TEXT, after_json TEXT);`);
        const put = db.prepare(`INSERT INTO landlink_meta (key, value) VALUES (?, ?)`);
        put.run('name', meta.name);
        put.run('srs_id', String(meta.srsId));
        put.run('synthetic', meta.synthetic ? '1' : '0');
        insertAudit(db, { actor, action: 'create', entity: 'project', entityId: null, before: null, after: meta });
      })();
      db.close();
      renameSync(tmp, file);
    } finally {
      rmSync(tmp, { force: true });
    }
    return Project.open(file, actor);
  }

  /** Opens a project, applying pending migrations in one transaction; refuses newer files. */
  static open(file: string, actor: string): Project {
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
      const pending = MIGRATIONS.filter((m) => m.version > version);
      if (pending.length > 0) {
        db.transaction(() => {
          for (const m of pending) {
            m.up(db, { srsId: meta.srsId });
            db.prepare(`INSERT INTO landlink_migrations (version, name, applied_at) VALUES (?, ?, ?)`).run(m.version, m.name, new Date().toISOString());
          }
          insertAudit(db, { actor, action: 'migrate', entity: 'project', entityId: null, before: { schema: version }, after: { schema: LATEST_SCHEMA_VERSION } });
        })();
      }
      return new Project(file, db, meta);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  private longWrite: string | null = null;

  /** Runs `fn` as one transaction; it rolls back whole on any error or when no audit row was written. */
  write<T>(actor: string, fn: (scope: WriteScope) => T): T {
    if (this.longWrite) throw new ProjectBusy(this.longWrite);
    return this.db.transaction(() => {
      let audited = 0;
      const result = fn({
        db: this.db,
        audit: (record) => {
          audited++;
          insertAudit(this.db, { actor, ...record, before: record.before ?? null, after: record.after ?? null });
        },
      });
      if (audited === 0) throw new Error('a write must record an audit row');
      return result;
    })();
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
      const result = await fn({
        db: this.db,
        audit: (record) => {
          audited++;
          insertAudit(this.db, { actor, ...record, before: record.before ?? null, after: record.after ?? null });
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
