import Database from 'better-sqlite3';

export interface GpkgLayerInfo {
  name: string;
  featureCount: number;
  geometryType: string;
  srsId: number;
}

export interface GpkgLayerColumns {
  /** The integer primary key, read as the record number. */
  fid: string | null;
  geometry: string;
  /** Every other column with its declared type. */
  attributes: { name: string; type: string }[];
}

/** Opens any GeoPackage read-only; throws an Error naming the file when it is not one. */
export function openGpkgReadOnly(path: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new Error(`${path}：无法打开（${(err as Error).message}）`);
  }
  try {
    db.prepare('SELECT table_name FROM gpkg_geometry_columns LIMIT 1').all();
  } catch (err) {
    db.close();
    throw new Error(`${path}：不是 GeoPackage 文件（${(err as Error).message}）`);
  }
  return db;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function gpkgLayers(db: Database.Database): GpkgLayerInfo[] {
  const rows = db
    .prepare(
      `SELECT g.table_name AS name, g.geometry_type_name AS geometryType, g.srs_id AS srsId
       FROM gpkg_geometry_columns g JOIN gpkg_contents c ON c.table_name = g.table_name
       WHERE c.data_type = 'features' ORDER BY g.table_name`,
    )
    .all() as Omit<GpkgLayerInfo, 'featureCount'>[];
  return rows.map((r) => ({
    ...r,
    featureCount: (db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(r.name)}`).get() as { n: number }).n,
  }));
}

export function gpkgLayerColumns(db: Database.Database, table: string): GpkgLayerColumns {
  const geometry = (db.prepare('SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?').get(table) as { column_name: string })
    .column_name;
  const columns = db.prepare(`PRAGMA table_info(${quoteIdent(table)})`).all() as { name: string; type: string; pk: number }[];
  const pk = columns.filter((c) => c.pk > 0);
  const fid = pk.length === 1 && /^INT/i.test(pk[0]!.type) ? pk[0]!.name : null;
  return {
    fid,
    geometry,
    attributes: columns.filter((c) => c.name !== fid && c.name !== geometry).map(({ name, type }) => ({ name, type })),
  };
}

/** Every feature table of a GeoPackage (any writer's), with its row count, geometry type and srs_id. */
export function listGpkgLayers(path: string): GpkgLayerInfo[] {
  const db = openGpkgReadOnly(path);
  try {
    return gpkgLayers(db);
  } finally {
    db.close();
  }
}
