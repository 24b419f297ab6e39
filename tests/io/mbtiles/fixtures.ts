import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

/** The fixture files: a raster PNG pyramid z0–4 (map/images layout, no format row) and gzipped cities pbf z0–6. */
export const RASTER_MBTILES = fileURLToPath(new URL('../../fixtures/plain_1_raster.mbtiles', import.meta.url));
export const VECTOR_MBTILES = fileURLToPath(new URL('../../fixtures/world_cities_vector.mbtiles', import.meta.url));

export const tempDir = () => mkdtempSync(join(tmpdir(), 'landlink-mbtiles-'));

/** A copy in a temp folder, so a test may delete or replace it. */
export function copyTo(dir: string, source: string, name: string): string {
  const file = join(dir, name);
  copyFileSync(source, file);
  return file;
}

/** The blob stored for TMS row `row`, read independently of the code under test. */
export function storedBlob(file: string, z: number, x: number, row: number): Buffer | undefined {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?`).pluck().get(z, x, row) as Buffer | undefined;
  } finally {
    db.close();
  }
}

/** A minimal MBTiles file with the given rows; used for formats the shared files lack. */
export function writeMbtiles(file: string, metadata: Record<string, string>, tiles: [number, number, number, Uint8Array][]): string {
  const db = new Database(file);
  db.exec(`CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);`);
  for (const [k, v] of Object.entries(metadata)) db.prepare(`INSERT INTO metadata VALUES (?, ?)`).run(k, v);
  for (const [z, x, y, blob] of tiles) db.prepare(`INSERT INTO tiles VALUES (?, ?, ?, ?)`).run(z, x, y, Buffer.from(blob));
  db.close();
  return file;
}

export const writeText = (dir: string, name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
