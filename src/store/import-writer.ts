import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import type { FieldMapping, ImportTarget } from '../domain/field-mapping';
import type { ImportRecord } from '../domain/import-record';
import { PARCEL_CODE_PATTERN } from '../domain/identity';
import { blobEnvelope, encodeGeometry } from './gpkg/geometry-blob';
import { refreshExtent, suspendRtreeInsertTrigger } from './gpkg/core';
import { rebuildRtree } from './gpkg/rtree-bulk';
import { farmlandTest, featureAreas } from './feature-areas';
import type { Project } from './project';

/** Where each import target lands. */
export const TARGET_TABLE: Record<ImportTarget, 'parcels' | 'homesteads' | 'basic_farmland'> = {
  parcels: 'parcels',
  homesteads: 'homesteads',
  farmland: 'basic_farmland',
};

export interface Progress {
  progress(phase: string, done: number, total: number): void;
  checkpoint(): Promise<void>;
}

export interface ImportBatch {
  source: string;
  format: string;
  layer: string;
  target: ImportTarget;
  sourceSrsId: number | null;
  encoding: string | null;
  swapped: boolean;
  mapping: FieldMapping;
  /** Codes already in the project are replaced (true) — the caller has already refused them otherwise. */
  replaceExisting: boolean;
  skipped: number;
  report: unknown;
  /** The source layout, remembered with its mapping in the same transaction. */
  layout: { signature: string; fields: string[] };
}

export interface ImportWriteResult {
  batchId: number;
  imported: number;
  replaced: number;
  ellipsoidM2: number;
  registeredM2: number;
}

const CHUNK = 1000;

/** fid of every stored feature by code, for duplicate detection against the project. */
export function storedCodes(project: Project, target: ImportTarget): Map<string, number> {
  const rows = project.db.prepare(`SELECT code, fid FROM "${TARGET_TABLE[target]}"`).all() as { code: string; fid: number }[];
  return new Map(rows.map((r) => [r.code, r.fid]));
}

/** Creates the village group of a 19-digit code when its village is known or named in the source. */
function groupResolver(db: Database.Database) {
  const groupExists = db.prepare(`SELECT 1 FROM village_groups WHERE code = ?`);
  const villageExists = db.prepare(`SELECT 1 FROM villages WHERE code = ?`);
  const insVillage = db.prepare(`INSERT INTO villages (code, name, town_name, county_name, second_round_end) VALUES (?, ?, ?, ?, '')`);
  const insGroup = db.prepare(`INSERT INTO village_groups (code, village_code, name) VALUES (?, ?, ?)`);
  const known = new Map<string, string | null>();
  return (r: ImportRecord): string | null => {
    if (!PARCEL_CODE_PATTERN.test(r.code)) return null;
    const group = r.code.slice(0, 14);
    if (known.has(group)) return known.get(group)!;
    const village = r.code.slice(0, 12);
    let result: string | null = group;
    if (!groupExists.get(group)) {
      if (!villageExists.get(village)) {
        if (r.villageName) insVillage.run(village, r.villageName, r.townName ?? '', r.countyName ?? '');
        else result = null;
      }
      if (result) insGroup.run(group, village, `${Number(group.slice(12))}组`);
    }
    known.set(group, result);
    return result;
  };
}

/** Writes an import in one transaction that reports progress and can be cancelled between chunks. */
export async function writeImport(
  project: Project,
  actor: string,
  batch: ImportBatch,
  records: readonly ImportRecord[],
  ctl: Progress,
): Promise<ImportWriteResult> {
  const srs = project.meta.srsId;
  const table = TARGET_TABLE[batch.target];
  // While another writer holds the file the job says so, and can still be cancelled.
  const waiting = () => {
    ctl.progress('waiting', 0, 0);
    return ctl.checkpoint();
  };
  return project.writeLong(actor, `import ${basename(batch.source)}`, async ({ db, audit }) => {
    ctl.progress('writing', 0, records.length);
    const now = project.now();
    const batchId = Number(
      db
        .prepare(
          `INSERT INTO import_batches (at, actor, source, format, layer, target, source_srs, encoding, swapped, mapping_json, imported, skipped, report_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '{}')`,
        )
        .run(now, actor, batch.source, batch.format, batch.layer, batch.target, batch.sourceSrsId, batch.encoding, batch.swapped ? 1 : 0,
          JSON.stringify(batch.mapping), batch.skipped).lastInsertRowid,
    );
    saveLayout(db, batch.layout.signature, batch.target, batch.layout.fields, batch.mapping, now);
    const existing = batch.replaceExisting ? storedCodes(project, batch.target) : new Map<string, number>();
    const householdId = db.prepare(`SELECT id FROM households WHERE code = ?`);
    const resolveGroup = groupResolver(db);
    const anyFarmland = db.prepare(`SELECT 1 FROM basic_farmland LIMIT 1`).get() !== undefined;
    const onFarmland = batch.target === 'parcels' && anyFarmland ? farmlandTest(db) : () => false;
    const write = statements(db, table);
    const rtree = suspendRtreeInsertTrigger(db, table);
    // Packing the whole index afresh beats inserting rows one by one once the import is a good share of it.
    const stored = (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const bulk = records.length > stored / 4;
    const lineage = db.prepare(
      `INSERT INTO parcel_lineage (child_fid, child_code, parent_fid, parent_code, edit_id, import_batch_id, kind, at, actor) VALUES (?, ?, NULL, NULL, NULL, ?, ?, ?, ?)`,
    );
    let imported = 0;
    let replaced = 0;
    let ellipsoidM2 = 0;
    let registeredM2 = 0;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      const [ellipsoid, planar] = featureAreas(r.geometry, srs);
      ellipsoidM2 += ellipsoid;
      registeredM2 += r.registeredAreaM2 ?? 0;
      const hh = r.householdCode === null ? null : ((householdId.get(r.householdCode) as { id: number } | undefined)?.id ?? null);
      const extra = { ...r.extra };
      // An unknown 承包方代码 is kept as text until a household list is joined.
      if (r.householdCode !== null && hh === null) extra['承包方代码'] = r.householdCode;
      const values = {
        geom: encodeGeometry(r.geometry, srs),
        code: r.code,
        name: r.name,
        household_id: hh,
        contract_code: r.contractCode,
        group_code: batch.target === 'farmland' ? null : resolveGroup(r),
        land_class: r.landClass,
        quality_grade: r.qualityGrade,
        basic_farmland: onFarmland(r.geometry) ? 1 : 0,
        registered_area_m2: r.registeredAreaM2,
        ellipsoid_area_m2: ellipsoid,
        planar_area_m2: planar,
        attrs_json: Object.keys(extra).length > 0 ? JSON.stringify(extra) : null,
        import_batch_id: batchId,
      };
      const fid = existing.get(r.code);
      if (fid !== undefined) {
        write.update.run({ ...values, fid });
        replaced++;
        if (table === 'parcels') lineage.run(fid, r.code, batchId, 'reimport', now, actor);
      } else {
        // A new parcel's origin is its import_batch_id; lineage rows record what replaced what.
        const fid = Number(write.insert.run(values).lastInsertRowid);
        if (!bulk) rtree.insert(fid, blobEnvelope(values.geom));
        imported++;
      }
      if ((i + 1) % CHUNK === 0) {
        ctl.progress('writing', i + 1, records.length);
        await ctl.checkpoint();
      }
    }
    ctl.progress('writing', records.length, records.length);
    if (bulk) {
      ctl.progress('indexing', 0, 1);
      rebuildRtree(db, table);
    }
    rtree.resume();
    refreshExtent(db, table);
    db.prepare(`UPDATE import_batches SET imported = ?, report_json = ? WHERE id = ?`).run(imported + replaced, JSON.stringify(batch.report), batchId);
    audit({
      action: 'import',
      entity: table,
      entityId: String(batchId),
      after: { source: batch.source, layer: batch.layer, imported, replaced, skipped: batch.skipped },
    });
    return { batchId, imported, replaced, ellipsoidM2, registeredM2 };
  }, waiting);
}

const COLUMNS: Record<(typeof TARGET_TABLE)[ImportTarget], string[]> = {
  parcels: ['geom', 'code', 'name', 'household_id', 'contract_code', 'group_code', 'land_class', 'quality_grade', 'basic_farmland',
    'registered_area_m2', 'ellipsoid_area_m2', 'planar_area_m2', 'attrs_json', 'import_batch_id'],
  homesteads: ['geom', 'code', 'household_id', 'group_code', 'registered_area_m2', 'ellipsoid_area_m2', 'planar_area_m2', 'attrs_json', 'import_batch_id'],
  basic_farmland: ['geom', 'code', 'ellipsoid_area_m2', 'planar_area_m2', 'attrs_json', 'import_batch_id'],
};

function statements(db: Database.Database, table: keyof typeof COLUMNS) {
  const cols = COLUMNS[table];
  const insert = db.prepare(`INSERT INTO "${table}" (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`);
  const update = db.prepare(`UPDATE "${table}" SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE fid = @fid`);
  // better-sqlite3 refuses named parameters a statement does not use, so each table gets only its own.
  const pick = (v: Record<string, unknown>) => Object.fromEntries(cols.map((c) => [c, v[c]]));
  return {
    insert: { run: (v: Record<string, unknown>) => insert.run(pick(v)) },
    update: { run: (v: Record<string, unknown>) => update.run({ ...pick(v), fid: v.fid }) },
  };
}

/** The mapping last used for a source layout, so the same layout maps itself next time. */
export function rememberedMapping(project: Project, signature: string): FieldMapping | null {
  const row = project.db.prepare(`SELECT mapping_json FROM import_layouts WHERE signature = ?`).get(signature) as { mapping_json: string } | undefined;
  return row ? (JSON.parse(row.mapping_json) as FieldMapping) : null;
}

function saveLayout(db: Database.Database, signature: string, target: ImportTarget, fields: string[], mapping: FieldMapping, now: string): void {
  db.prepare(
    `INSERT INTO import_layouts (signature, target, fields_json, mapping_json, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
  ).run(signature, target, JSON.stringify(fields), JSON.stringify(mapping), now);
}
