import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { MbtilesError } from './mbtiles-error';
import { readMetadata, type MbtilesMetadata } from './metadata';
import { sniffTileFormat } from './tile-format';

const TILE_COLUMNS = ['zoom_level', 'tile_column', 'tile_row', 'tile_data'];

/**
 * One MBTiles file opened read-only: LandLink never writes a planner's basemap. The `tiles` table
 * may be a view (the common map/images layout of deduplicating writers), so only its columns are checked.
 */
export class MbtilesFile {
  private readonly tileQuery: Database.Statement<[number, number, number], { tile_data: Buffer }>;

  private constructor(
    readonly file: string,
    private readonly db: Database.Database,
    readonly metadata: MbtilesMetadata,
  ) {
    this.tileQuery = db.prepare(`SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?`);
  }

  /** Opens and checks `file`; throws MbtilesError naming the file when it is missing or not MBTiles. */
  static open(file: string): MbtilesFile {
    if (!existsSync(file)) throw new MbtilesError('missing', file, `文件不存在 (file not found): ${file}`);
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
    } catch (err) {
      throw notMbtiles(file, err instanceof Error ? err.message : String(err));
    }
    try {
      return new MbtilesFile(file, db, inspect(file, db));
    } catch (err) {
      db.close();
      if (err instanceof MbtilesError) throw err;
      // SQLite reports a non-database file only on the first query ("file is not a database").
      throw notMbtiles(file, err instanceof Error ? err.message : String(err));
    }
  }

  /** The stored blob of XYZ tile z/x/y, or null; MBTiles rows count from the south (TMS), so y is flipped. */
  tile(z: number, x: number, y: number): Buffer | null {
    const tmsRow = 2 ** z - 1 - y;
    return this.tileQuery.get(z, x, tmsRow)?.tile_data ?? null;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function notMbtiles(file: string, why: string): MbtilesError {
  return new MbtilesError('not_mbtiles', file, `不是 MBTiles 文件 (not an MBTiles file): ${file} — ${why}`);
}

function inspect(file: string, db: Database.Database): MbtilesMetadata {
  const objects = db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view')`).pluck().all() as string[];
  if (!objects.includes('tiles')) throw notMbtiles(file, '缺少 tiles 表 (no tiles table)');
  const columns = (db.prepare(`PRAGMA table_info(tiles)`).all() as { name: string }[]).map((c) => c.name);
  const missing = TILE_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw notMbtiles(file, `tiles 表缺少字段 (tiles lacks columns): ${missing.join(', ')}`);

  const zooms = db.prepare(`SELECT min(zoom_level) AS lo, max(zoom_level) AS hi FROM tiles`).get() as { lo: number | null; hi: number | null };
  const first = db.prepare(`SELECT tile_data FROM tiles WHERE tile_data IS NOT NULL LIMIT 1`).pluck().get() as Buffer | undefined;
  if (zooms.lo === null || zooms.hi === null || !first) throw new MbtilesError('empty', file, `MBTiles 文件中没有瓦片 (no tiles): ${file}`);

  // The metadata table is required by the spec but missing in some hand-made files; the tiles still work.
  const rows = objects.includes('metadata')
    ? (db.prepare(`SELECT name, value FROM metadata`).all() as { name: string; value: unknown }[])
    : [];
  const metadata = new Map(rows.filter((r) => typeof r.value === 'string').map((r) => [String(r.name).toLowerCase(), r.value as string]));
  return readMetadata(file, metadata, { minZoom: zooms.lo, maxZoom: zooms.hi, firstTileFormat: sniffTileFormat(first) });
}
