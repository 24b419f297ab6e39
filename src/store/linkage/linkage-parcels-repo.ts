import { z } from 'zod';
import type { AreaGeometry } from '../../domain/geometry';
import { LandClassCodeSchema } from '../../domain/land-class';
import { MAX_AREA_M2, MAX_CODE_LENGTH, MAX_COUNT, MAX_TEXT_LENGTH } from '../../domain/input-limits';
import { ConstructionUseSchema } from '../../domain/linkage/linkage-facts';
import { toLonLatConverter } from '../../geo/crs';
import { mapGeometry } from '../../geo/map-geometry';
import { featureAreas } from '../feature-areas';
import { refreshExtent } from '../gpkg/core';
import { decodeGeometry, encodeGeometry } from '../gpkg/geometry-blob';
import type { Project, WriteScope } from '../project';
import { LinkageError } from './linkage-error';
import { projectGeometry, refuseAboveLimit } from './linkage-geometry-input';
import { attachVillage, requireLinkageProject } from './linkage-projects-repo';
import { CalendarDateSchema } from '../../domain/calendar/calendar-date';

/**
 * Demolition (拆旧) and construction (建新) parcels and the project boundary. Geometry arrives in
 * CGCS2000 lon/lat and is stored in the project CRS; both areas are computed here from the stored
 * geometry (ellipsoidal = official, planar = Gauss-Krüger plane), never taken from the caller.
 */

export const LinkageParcelKindSchema = z.enum(['demolition', 'construction']);
export type LinkageParcelKind = z.infer<typeof LinkageParcelKindSchema>;


/** 耕地质量等别: 1 (best) to 15 in the national grading of cultivated land. */
const CultivatedGrade = z.number().int().min(1).max(15);

export const DemolitionAttrsSchema = z.object({
  code: z.string().trim().min(1).max(MAX_CODE_LENGTH),
  villageCode: z.string().regex(/^\d{12}$/),
  landClassBefore: LandClassCodeSchema.default('0702'),
  /** 复垦方向; null while undecided. */
  targetClass: LandClassCodeSchema.nullable().default('0103'),
  targetJustification: z.string().max(MAX_TEXT_LENGTH).default(''),
  gradeBefore: CultivatedGrade.nullable().default(null),
  gradeAfter: CultivatedGrade.nullable().default(null),
  households: z.number().int().min(0).max(MAX_COUNT).default(0),
  buildingsM2: z.number().min(0).max(MAX_AREA_M2).default(0),
  scheduledOn: CalendarDateSchema.nullable().default(null),
  proposedBasicFarmland: z.boolean().default(false),
});
export type DemolitionAttrs = z.infer<typeof DemolitionAttrsSchema>;

export const ConstructionAttrsSchema = z.object({
  code: z.string().trim().min(1).max(MAX_CODE_LENGTH),
  use: ConstructionUseSchema,
  /** The current class of the land built on, e.g. 0103 旱地. */
  landClassBefore: LandClassCodeSchema,
});
export type ConstructionAttrs = z.infer<typeof ConstructionAttrsSchema>;

const AreasSchema = z.object({ ellipsoidM2: z.number(), planarM2: z.number().nullable() });

export const DemolitionParcelRecordSchema = DemolitionAttrsSchema.extend({
  id: z.number().int().positive(),
  kind: z.literal('demolition'),
  homesteadId: z.number().int().nullable(),
  householdId: z.number().int().nullable(),
  areas: AreasSchema,
});
export const ConstructionParcelRecordSchema = ConstructionAttrsSchema.extend({
  id: z.number().int().positive(),
  kind: z.literal('construction'),
  /** Cultivated land (01) the parcel occupies in the contracted-parcel layer, and its area-weighted 等别. */
  occupiedCultivatedM2: z.number(),
  cultivatedGrade: z.number().nullable(),
  areas: AreasSchema,
});
export const LinkageParcelRecordSchema = z.discriminatedUnion('kind', [DemolitionParcelRecordSchema, ConstructionParcelRecordSchema]);
export type DemolitionParcelRecord = z.infer<typeof DemolitionParcelRecordSchema>;
export type ConstructionParcelRecord = z.infer<typeof ConstructionParcelRecordSchema>;
export type LinkageParcelRecord = z.infer<typeof LinkageParcelRecordSchema>;

/** Both kinds of the project's parcels; geometry comes separately (`parcelGeometries`). */
export interface LinkageParcels {
  demolition: DemolitionParcelRecord[];
  construction: ConstructionParcelRecord[];
}

export { mapGeometry } from '../../geo/map-geometry';

export const TABLES: Record<LinkageParcelKind, string> = { demolition: 'linkage_demolition', construction: 'linkage_construction' };

interface DemolitionRow {
  fid: number;
  code: string;
  village_code: string;
  land_class_before: string;
  target_class: string | null;
  target_justification: string;
  grade_before: number | null;
  grade_after: number | null;
  homestead_fid: number | null;
  household_id: number | null;
  households: number;
  buildings_m2: number;
  scheduled_on: string | null;
  proposed_basic_farmland: number;
  ellipsoid_area_m2: number;
  planar_area_m2: number | null;
}

interface ConstructionRow {
  fid: number;
  code: string;
  use: string;
  land_class_before: string;
  occupied_cultivated_m2: number;
  cultivated_grade: number | null;
  ellipsoid_area_m2: number;
  planar_area_m2: number | null;
}

const toDemolition = (r: DemolitionRow): DemolitionParcelRecord =>
  DemolitionParcelRecordSchema.parse({
    id: r.fid,
    kind: 'demolition',
    code: r.code,
    villageCode: r.village_code,
    landClassBefore: r.land_class_before,
    targetClass: r.target_class,
    targetJustification: r.target_justification,
    gradeBefore: r.grade_before,
    gradeAfter: r.grade_after,
    households: r.households,
    buildingsM2: r.buildings_m2,
    scheduledOn: r.scheduled_on,
    proposedBasicFarmland: r.proposed_basic_farmland === 1,
    homesteadId: r.homestead_fid,
    householdId: r.household_id,
    areas: { ellipsoidM2: r.ellipsoid_area_m2, planarM2: r.planar_area_m2 },
  });

const toConstruction = (r: ConstructionRow): ConstructionParcelRecord =>
  ConstructionParcelRecordSchema.parse({
    id: r.fid,
    kind: 'construction',
    code: r.code,
    use: r.use,
    landClassBefore: r.land_class_before,
    occupiedCultivatedM2: r.occupied_cultivated_m2,
    cultivatedGrade: r.cultivated_grade,
    areas: { ellipsoidM2: r.ellipsoid_area_m2, planarM2: r.planar_area_m2 },
  });

export function listLinkageParcels(project: Project, projectId: number): LinkageParcels {
  const db = project.db;
  return {
    demolition: (db.prepare(`SELECT * FROM linkage_demolition WHERE project_id = ? ORDER BY code`).all(projectId) as DemolitionRow[]).map(toDemolition),
    construction: (db.prepare(`SELECT * FROM linkage_construction WHERE project_id = ? ORDER BY code`).all(projectId) as ConstructionRow[]).map(toConstruction),
  };
}

/** Geometries of one kind of the project's parcels in the project CRS, by fid. */
export function parcelGeometries(project: Project, projectId: number, kind: LinkageParcelKind | 'area'): Map<number, AreaGeometry> {
  const table = kind === 'area' ? 'linkage_project_areas' : TABLES[kind];
  const rows = project.db.prepare(`SELECT fid, geom FROM "${table}" WHERE project_id = ?`).all(projectId) as { fid: number; geom: Buffer }[];
  return new Map(rows.map((r) => [r.fid, { type: 'MultiPolygon', coordinates: decodeGeometry(r.geom) } as AreaGeometry]));
}

/** The same geometries in CGCS2000 lon/lat, for the map. */
export function parcelGeometriesLonLat(project: Project, projectId: number, kind: LinkageParcelKind | 'area'): Map<number, AreaGeometry> {
  const toLonLat = toLonLatConverter(project.meta.srsId);
  return new Map([...parcelGeometries(project, projectId, kind)].map(([id, g]) => [id, mapGeometry(g, toLonLat)]));
}

function refuseDuplicate(scope: WriteScope, kind: LinkageParcelKind, projectId: number, code: string, path: string): void {
  if (scope.db.prepare(`SELECT 1 FROM "${TABLES[kind]}" WHERE project_id = ? AND code = ?`).get(projectId, code)) {
    throw new LinkageError('conflict', `${kind === 'demolition' ? '拆旧' : '建新'}地块编号 ${code} 在本项目中已存在`, path);
  }
}

function insertDemolition(scope: WriteScope, project: Project, projectId: number, a: DemolitionAttrs, g: AreaGeometry, link: { homesteadId: number | null; householdId: number | null }): number {
  const [ellipsoid, planar] = featureAreas(g, project.meta.srsId);
  const { lastInsertRowid } = scope.db
    .prepare(
      `INSERT INTO linkage_demolition (geom, project_id, code, village_code, land_class_before, target_class, target_justification, grade_before,
         grade_after, homestead_fid, household_id, households, buildings_m2, scheduled_on, proposed_basic_farmland, ellipsoid_area_m2, planar_area_m2)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      encodeGeometry(g, project.meta.srsId), projectId, a.code, a.villageCode, a.landClassBefore, a.targetClass, a.targetJustification, a.gradeBefore,
      a.gradeAfter, link.homesteadId, link.householdId, a.households, a.buildingsM2, a.scheduledOn, a.proposedBasicFarmland ? 1 : 0, ellipsoid, planar,
    );
  return Number(lastInsertRowid);
}

/** Occupied cultivated land of a construction parcel, computed by the caller's overlay (see linkage-overlays). */
export interface CultivatedOverlay {
  occupiedCultivatedM2: number;
  cultivatedGrade: number | null;
}

export function addDemolitionParcel(project: Project, projectId: number, attrs: DemolitionAttrs, lonLat: AreaGeometry, actor: string): DemolitionParcelRecord {
  return project.write(actor, (scope) => {
    requireLinkageProject(project, projectId);
    refuseDuplicate(scope, 'demolition', projectId, attrs.code, 'code');
    attachVillage(project, projectId, attrs.villageCode);
    const g = projectGeometry(project, lonLat, 'geometry');
    refuseAboveLimit(project, 'linkageParcel', `拆旧地块 ${attrs.code} `, g, 'geometry');
    const id = insertDemolition(scope, project, projectId, attrs, g, { homesteadId: null, householdId: null });
    refreshExtent(scope.db, 'linkage_demolition');
    const record = requireParcel(project, 'demolition', id) as DemolitionParcelRecord;
    scope.audit({ action: 'add', entity: 'linkage_demolition', entityId: String(id), after: { projectId, ...record } });
    return record;
  });
}

export function addConstructionParcel(
  project: Project,
  projectId: number,
  attrs: ConstructionAttrs,
  lonLat: AreaGeometry,
  overlay: (g: AreaGeometry) => CultivatedOverlay,
  actor: string,
): ConstructionParcelRecord {
  return project.write(actor, (scope) => {
    requireLinkageProject(project, projectId);
    refuseDuplicate(scope, 'construction', projectId, attrs.code, 'code');
    const g = projectGeometry(project, lonLat, 'geometry');
    refuseAboveLimit(project, 'linkageParcel', `建新地块 ${attrs.code} `, g, 'geometry');
    const [ellipsoid, planar] = featureAreas(g, project.meta.srsId);
    const occupied = overlay(g);
    const { lastInsertRowid } = scope.db
      .prepare(
        `INSERT INTO linkage_construction (geom, project_id, code, use, land_class_before, occupied_cultivated_m2, cultivated_grade, ellipsoid_area_m2, planar_area_m2)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(encodeGeometry(g, project.meta.srsId), projectId, attrs.code, attrs.use, attrs.landClassBefore, occupied.occupiedCultivatedM2, occupied.cultivatedGrade, ellipsoid, planar);
    const id = Number(lastInsertRowid);
    refreshExtent(scope.db, 'linkage_construction');
    const record = requireParcel(project, 'construction', id) as ConstructionParcelRecord;
    scope.audit({ action: 'add', entity: 'linkage_construction', entityId: String(id), after: { projectId, ...record } });
    return record;
  });
}

/**
 * Demolition parcels copied from homesteads (宅基地, class 0702): the plot's geometry, its household and
 * the village of its group; code `<homestead code>`. Homesteads without a known group are refused.
 */
export function addDemolitionFromHomesteads(
  project: Project,
  projectId: number,
  homesteadIds: readonly number[],
  defaults: Pick<DemolitionAttrs, 'targetClass' | 'scheduledOn'>,
  actor: string,
): DemolitionParcelRecord[] {
  return project.write(actor, (scope) => {
    requireLinkageProject(project, projectId);
    const read = scope.db.prepare(
      `SELECT h.fid, h.geom, h.code, h.household_id, g.village_code FROM homesteads h LEFT JOIN village_groups g ON g.code = h.group_code WHERE h.fid = ?`,
    );
    const ids = homesteadIds.map((homesteadId, i) => {
      const row = read.get(homesteadId) as { fid: number; geom: Buffer; code: string; household_id: number | null; village_code: string | null } | undefined;
      const path = `homesteadIds.${i}`;
      if (!row) throw new LinkageError('not_found', `宅基地 ${homesteadId} 不存在`, path);
      if (!row.village_code) throw new LinkageError('refused', `宅基地 ${row.code} 的村民小组不在本项目中，无法确定所属村`, path);
      refuseDuplicate(scope, 'demolition', projectId, row.code, path);
      attachVillage(project, projectId, row.village_code);
      const attrs = DemolitionAttrsSchema.parse({ code: row.code, villageCode: row.village_code, households: row.household_id === null ? 0 : 1, ...defaults });
      const g = { type: 'MultiPolygon', coordinates: decodeGeometry(row.geom) } as AreaGeometry;
      refuseAboveLimit(project, 'linkageParcel', `宅基地 ${row.code} `, g, path);
      return insertDemolition(scope, project, projectId, attrs, g, { homesteadId: row.fid, householdId: row.household_id });
    });
    refreshExtent(scope.db, 'linkage_demolition');
    scope.audit({ action: 'add_from_homesteads', entity: 'linkage_demolition', entityId: String(projectId), after: { projectId, homesteadIds, ids } });
    return ids.map((id) => requireParcel(project, 'demolition', id) as DemolitionParcelRecord);
  });
}

export function requireParcel(project: Project, kind: LinkageParcelKind, id: number): LinkageParcelRecord {
  const row = project.db.prepare(`SELECT * FROM "${TABLES[kind]}" WHERE fid = ?`).get(id);
  if (!row) throw new LinkageError('not_found', `${kind === 'demolition' ? '拆旧' : '建新'}地块 ${id} 不存在`, 'id');
  return kind === 'demolition' ? toDemolition(row as DemolitionRow) : toConstruction(row as ConstructionRow);
}

export function removeLinkageParcel(project: Project, kind: LinkageParcelKind, id: number, actor: string): void {
  project.write(actor, ({ db, audit }) => {
    const before = requireParcel(project, kind, id);
    db.prepare(`DELETE FROM "${TABLES[kind]}" WHERE fid = ?`).run(id);
    refreshExtent(db, TABLES[kind]);
    audit({ action: 'remove', entity: TABLES[kind], entityId: String(id), before });
  });
}

/** Sets (replaces) the project boundary (项目区范围). */
export function setProjectArea(project: Project, projectId: number, name: string, lonLat: AreaGeometry, actor: string): { ellipsoidM2: number; planarM2: number | null } {
  return project.write(actor, ({ db, audit }) => {
    requireLinkageProject(project, projectId);
    const g = projectGeometry(project, lonLat, 'geometry');
    refuseAboveLimit(project, 'linkageProjectArea', `项目区 ${name} `, g, 'geometry');
    const [ellipsoidM2, planarM2] = featureAreas(g, project.meta.srsId);
    db.prepare(`DELETE FROM linkage_project_areas WHERE project_id = ?`).run(projectId);
    db.prepare(`INSERT INTO linkage_project_areas (geom, project_id, name, ellipsoid_area_m2, planar_area_m2) VALUES (?, ?, ?, ?, ?)`).run(
      encodeGeometry(g, project.meta.srsId), projectId, name, ellipsoidM2, planarM2,
    );
    refreshExtent(db, 'linkage_project_areas');
    audit({ action: 'set_area', entity: 'linkage_project_areas', entityId: String(projectId), after: { name, ellipsoidM2, planarM2 } });
    return { ellipsoidM2, planarM2 };
  });
}
