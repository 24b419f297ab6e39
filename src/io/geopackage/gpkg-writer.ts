import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { AreaGeometrySchema } from '../../domain/geometry';
import { createFeatureTable, createGpkgCore, refreshExtent, registerGpkgFunctions } from '../../store/gpkg/core';
import { encodeGeometry } from '../../store/gpkg/geometry-blob';
import { quoteIdent } from './gpkg-layers';
import type { AttributeValue, OutputLayer, SourceField } from '../source-layer';

/** GeoPackage column types as GDAL maps them back to OGR field types. */
const COLUMN_TYPES: Record<SourceField['type'], string> = {
  string: 'TEXT',
  integer: 'INTEGER',
  number: 'REAL',
  date: 'DATE',
  boolean: 'BOOLEAN',
};

const RESERVED = new Set(['fid', 'geom']);

const sqlValue = (v: AttributeValue | undefined) => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);

/**
 * Writes a new GeoPackage holding one MULTIPOLYGON feature table named after the layer. It is built
 * under a temporary name and renamed into place, so a failed export never leaves a half-written file.
 */
export function writeGpkg(path: string, layer: OutputLayer): void {
  // createFeatureTable appends the columns after `geom`, so it needs at least one.
  if (layer.fields.length === 0) throw new Error(`图层「${layer.name}」没有属性字段，无法写出 GeoPackage`);
  for (const f of layer.fields) {
    if (RESERVED.has(f.name.toLowerCase())) throw new Error(`图层「${layer.name}」的字段名 ${f.name} 与 GeoPackage 保留列冲突，请改名`);
  }
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  const db = new Database(tmp);
  try {
    registerGpkgFunctions(db);
    db.transaction(() => {
      createGpkgCore(db);
      createFeatureTable(db, {
        table: layer.name,
        columns: layer.fields.map((f) => `${quoteIdent(f.name)} ${COLUMN_TYPES[f.type]}`).join(', '),
        identifier: layer.name,
        description: '',
        srsId: layer.srsId,
      });
      const names = ['geom', ...layer.fields.map((f) => f.name)];
      const insert = db.prepare(
        `INSERT INTO ${quoteIdent(layer.name)} (${names.map(quoteIdent).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      );
      for (const [i, f] of layer.features.entries()) {
        const geometry = AreaGeometrySchema.safeParse(f.geometry);
        if (!geometry.success) throw new Error(`图层「${layer.name}」第 ${i + 1} 个要素的几何不是有效的面：${geometry.error.issues[0]?.message}`);
        insert.run(encodeGeometry(geometry.data, layer.srsId), ...layer.fields.map((fd) => sqlValue(f.attrs[fd.name])));
      }
      refreshExtent(db, layer.name);
    })();
    db.close();
    renameSync(tmp, path);
  } catch (err) {
    if (db.open) db.close();
    rmSync(tmp, { force: true });
    throw err;
  }
}
