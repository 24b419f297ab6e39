import type Database from 'better-sqlite3';
import { applyAxisOrder, chooseCrs, type FoundCrs } from '../source-crs';
import type { AttributeValue, ReadOptions, SourceField, SourceLayer, SourceProblem } from '../source-layer';
import { readGpkgBlob } from './gpkg-blob';
import { gpkgLayerColumns, gpkgLayers, openGpkgReadOnly, quoteIdent } from './gpkg-layers';

/** Field type from a GeoPackage column's declared type (spec table 1, plus SQLite's usual spellings). */
function fieldType(declared: string): SourceField['type'] | null {
  const t = declared.toUpperCase();
  if (/^BLOB/.test(t)) return null;
  if (/^(INT|TINYINT|SMALLINT|MEDIUMINT|BIGINT)/.test(t)) return 'integer';
  if (/^BOOL/.test(t)) return 'boolean';
  if (/^(DOUBLE|FLOAT|REAL|NUMERIC|DECIMAL)/.test(t)) return 'number';
  if (t === 'DATE') return 'date';
  return 'string';
}

const JS_TYPE: Record<SourceField['type'], string> = {
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  date: 'string',
  string: 'string',
};

/** Integers are read as BigInt so 19-digit codes stored as INTEGER stay exact (as text) instead of rounding. */
function attributeValue(v: unknown, type: SourceField['type']): AttributeValue | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') {
    if (type === 'boolean') return v !== 0n;
    return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  }
  if (typeof v === 'number') return type === 'boolean' ? v !== 0 : v;
  if (typeof v === 'string') return v;
  return undefined;
}

function layerCrs(db: Database.Database, srsId: number): FoundCrs {
  const row = db
    .prepare('SELECT srs_name, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?')
    .get(srsId) as { srs_name: string; organization: string; organization_coordsys_id: number } | undefined;
  if (!row) return { srsId: null, how: 'gpkg', detail: `srs_id ${srsId} 不在 gpkg_spatial_ref_sys 中` };
  const epsg = row.organization.toUpperCase() === 'EPSG' ? row.organization_coordsys_id : srsId;
  return { srsId: epsg, how: 'gpkg', detail: `${row.srs_name}（${row.organization}:${row.organization_coordsys_id}）→ EPSG:${epsg}` };
}

function readTable(db: Database.Database, path: string, table: string, srsId: number, opts: ReadOptions): SourceLayer {
  const problems: SourceProblem[] = [];
  const cols = gpkgLayerColumns(db, table);
  const fields: SourceField[] = [];
  for (const c of cols.attributes) {
    const type = fieldType(c.type);
    if (type) fields.push({ name: c.name, type });
    else problems.push({ file: path, record: null, reason: `图层 ${table} 的字段 ${c.name} 是二进制（${c.type}），未导入`, fatal: false });
  }
  const select = [cols.fid ?? 'rowid', cols.geometry, ...fields.map((f) => f.name)].map(quoteIdent).join(', ');
  const stmt = db.prepare(`SELECT ${select} FROM ${quoteIdent(table)} ORDER BY 1`).raw(true).safeIntegers(true);
  const features: SourceLayer['features'] = [];
  for (const row of stmt.iterate() as Iterable<unknown[]>) {
    const record = Number(row[0]);
    const attrs: Record<string, AttributeValue> = {};
    for (const [i, f] of fields.entries()) {
      const v = attributeValue(row[i + 2], f.type);
      if (v === undefined) problems.push({ file: path, record, reason: `第 ${record} 条记录的字段 ${f.name} 是二进制值，按空值导入`, fatal: false });
      attrs[f.name] = v ?? null;
    }
    const blob = row[1];
    const geometry = blob instanceof Uint8Array ? readGpkgBlob(blob) : '空几何（几何为 NULL）';
    if (typeof geometry === 'string') problems.push({ file: path, record, reason: `第 ${record} 条记录（fid ${record}）：${geometry}`, fatal: false });
    features.push({ record, geometry: typeof geometry === 'string' ? null : geometry, attrs });
  }
  // SQLite does not enforce declared types: a column holding other values (or unsafe integers) is read as text.
  for (const f of fields) {
    if (features.every((ft) => ft.attrs[f.name] === null || typeof ft.attrs[f.name] === JS_TYPE[f.type])) continue;
    f.type = 'string';
    for (const ft of features) if (ft.attrs[f.name] !== null) ft.attrs[f.name] = String(ft.attrs[f.name]);
  }
  const swapped = applyAxisOrder(features, opts);
  const chosen = chooseCrs(layerCrs(db, srsId), opts, path);
  return {
    file: path,
    name: table,
    format: 'geopackage',
    fields,
    crs: { ...chosen.crs, swapped },
    encoding: { label: 'utf-8', how: 'format', detail: 'GeoPackage 规定为 UTF-8' },
    features,
    problems: [...chosen.problems, ...problems],
  };
}

/**
 * Reads one feature table of any GeoPackage (opts.layer names it; needed when there are several).
 * Records are fids; a record without a usable polygon keeps its place with `geometry: null`.
 */
export function readGpkgLayer(path: string, opts: ReadOptions = {}): SourceLayer {
  const db = openGpkgReadOnly(path);
  try {
    const layers = gpkgLayers(db);
    const names = layers.map((l) => l.name).join('、');
    const chosen = opts.layer !== undefined ? layers.find((l) => l.name === opts.layer) : layers.length === 1 ? layers[0] : undefined;
    if (chosen) return readTable(db, path, chosen.name, chosen.srsId, opts);
    const reason =
      layers.length === 0
        ? 'GeoPackage 中没有要素图层'
        : opts.layer !== undefined
          ? `GeoPackage 中没有图层「${opts.layer}」（有：${names}）`
          : `GeoPackage 有 ${layers.length} 个图层（${names}），请指定要导入的图层`;
    return {
      file: path,
      name: opts.layer ?? '',
      format: 'geopackage',
      fields: [],
      crs: { srsId: null, how: 'gpkg', detail: reason, swapped: false },
      encoding: null,
      features: [],
      problems: [{ file: path, record: null, reason, fatal: true }],
    };
  } finally {
    db.close();
  }
}
