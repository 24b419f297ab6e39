import { booleanPointInPolygon } from '@turf/turf';
import type { LonLatBBox } from '../domain/geometry';
import { landClassName, type LandClassCode } from '../domain/land-class';
import { clampToRegion } from '../geo/coordinate-range';
import { fromLonLatConverter } from '../geo/crs';
import { decodeGeometry } from './gpkg/geometry-blob';
import type { Project } from './project';

export interface ParcelRecord {
  id: number;
  code: string;
  name: string;
  /** Null when the parcel's group is not in the project (an imported code the data checks flag). */
  village: { code: string; name: string } | null;
  group: { code: string; name: string } | null;
  household: { id: number; code: string; headName: string; contractCode: string; contractEnd: string } | null;
  contractCode: string | null;
  landClass: { code: LandClassCode; name: string };
  qualityGrade: number | null;
  basicFarmland: boolean;
  areas: { registeredM2: number | null; ellipsoidM2: number; planarM2: number | null };
  srsId: number;
}

interface Row {
  fid: number;
  code: string;
  name: string;
  contract_code: string | null;
  land_class: LandClassCode;
  quality_grade: number | null;
  basic_farmland: number;
  registered_area_m2: number | null;
  ellipsoid_area_m2: number;
  planar_area_m2: number | null;
  group_code: string | null;
  group_name: string | null;
  village_code: string | null;
  village_name: string | null;
  household_id: number | null;
  household_code: string | null;
  head_name: string | null;
  household_contract_code: string | null;
  contract_end: string | null;
}

const SELECT = `
  SELECT p.fid, p.code, p.name, p.contract_code, p.land_class, p.quality_grade, p.basic_farmland, p.registered_area_m2,
         p.ellipsoid_area_m2, p.planar_area_m2, g.code AS group_code, g.name AS group_name, v.code AS village_code,
         v.name AS village_name, h.id AS household_id, h.code AS household_code, h.head_name,
         h.contract_code AS household_contract_code, h.contract_end
  FROM parcels p
  LEFT JOIN village_groups g ON g.code = p.group_code
  LEFT JOIN villages v ON v.code = g.village_code
  LEFT JOIN households h ON h.id = p.household_id`;

function toRecord(r: Row, srsId: number): ParcelRecord {
  return {
    id: r.fid,
    code: r.code,
    name: r.name,
    village: r.village_code === null ? null : { code: r.village_code, name: r.village_name! },
    group: r.group_code === null || r.group_name === null ? null : { code: r.group_code, name: r.group_name },
    household:
      r.household_id === null
        ? null
        : { id: r.household_id, code: r.household_code!, headName: r.head_name!, contractCode: r.household_contract_code!, contractEnd: r.contract_end! },
    contractCode: r.contract_code,
    landClass: { code: r.land_class, name: landClassName(r.land_class) },
    qualityGrade: r.quality_grade,
    basicFarmland: r.basic_farmland === 1,
    areas: { registeredM2: r.registered_area_m2, ellipsoidM2: r.ellipsoid_area_m2, planarM2: r.planar_area_m2 },
    srsId,
  };
}

export function getParcel(project: Project, id: number): ParcelRecord | null {
  const row = project.db.prepare(`${SELECT} WHERE p.fid = ?`).get(id) as Row | undefined;
  return row ? toRecord(row, project.meta.srsId) : null;
}

export function findParcelByCode(project: Project, code: string): ParcelRecord | null {
  const row = project.db.prepare(`${SELECT} WHERE p.code = ?`).get(code) as Row | undefined;
  return row ? toRecord(row, project.meta.srsId) : null;
}

/**
 * A lon/lat box as the smallest box around points along its edges in the layer's CRS, after cutting it to
 * where the CRS holds data (geo/coordinate-range): a map zoomed out to the world would otherwise project
 * to nonsense. Null when the box lies wholly outside, so nothing is there.
 */
export function bboxInSrs(bbox: LonLatBBox, srsId: number): [number, number, number, number] | null {
  const box = clampToRegion(bbox, srsId);
  if (!box) return null;
  const from = fromLonLatConverter(srsId);
  const [w, s, e, n] = box;
  // Parallels bow in a Gauss-Krüger plane, so the edges are sampled, not just the corners.
  const STEPS = 8;
  const pts: [number, number][] = [];
  for (let i = 0; i <= STEPS; i++) {
    const lon = w + ((e - w) * i) / STEPS;
    const lat = s + ((n - s) * i) / STEPS;
    pts.push(from([lon, s]), from([lon, n]), from([w, lat]), from([e, lat]));
  }
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Parcels under a point: R-tree candidates, then an exact point-in-polygon test in the layer CRS. */
export function parcelsAt(project: Project, lon: number, lat: number): number[] {
  if (!clampToRegion([lon, lat, lon, lat], project.meta.srsId)) return [];
  const [x, y] = fromLonLatConverter(project.meta.srsId)([lon, lat]);
  const rows = project.db
    .prepare(
      `SELECT p.fid, p.geom FROM parcels p JOIN rtree_parcels_geom r ON r.id = p.fid
       WHERE r.minx <= ? AND r.maxx >= ? AND r.miny <= ? AND r.maxy >= ? ORDER BY p.fid`,
    )
    .all(x, x, y, y) as { fid: number; geom: Buffer }[];
  return rows
    .filter((r) => booleanPointInPolygon([x, y], { type: 'MultiPolygon', coordinates: decodeGeometry(r.geom) }))
    .map((r) => r.fid);
}

export function parcelsInView(project: Project, bbox: LonLatBBox, limit: number) {
  const box = bboxInSrs(bbox, project.meta.srsId);
  if (!box) return { total: 0, items: [] };
  const [minX, minY, maxX, maxY] = box;
  const where = `FROM rtree_parcels_geom r JOIN parcels p ON p.fid = r.id
     WHERE r.minx <= @maxX AND r.maxx >= @minX AND r.miny <= @maxY AND r.maxy >= @minY`;
  const params = { minX, minY, maxX, maxY };
  const total = (project.db.prepare(`SELECT count(*) AS n ${where}`).get(params) as { n: number }).n;
  const items = project.db
    .prepare(`SELECT p.fid AS id, p.code, p.name, p.ellipsoid_area_m2 AS ellipsoidM2 ${where} ORDER BY p.fid LIMIT @limit`)
    .all({ ...params, limit }) as { id: number; code: string; name: string; ellipsoidM2: number }[];
  return { total, items };
}

export interface ParcelPatch {
  name?: string;
  landClass?: LandClassCode;
  qualityGrade?: number | null;
  registeredAreaM2?: number | null;
}

const PATCH_COLUMNS = { name: 'name', landClass: 'land_class', qualityGrade: 'quality_grade', registeredAreaM2: 'registered_area_m2' } as const;

/** Updates attributes in one audited transaction; returns null when the parcel does not exist. */
export function updateParcel(project: Project, id: number, patch: ParcelPatch, actor: string): ParcelRecord | null {
  if (!getParcel(project, id)) return null;
  return project.write(actor, ({ db, audit }) => {
    const before = getParcel(project, id)!;
    const keys = (Object.keys(patch) as (keyof ParcelPatch)[]).filter((k) => patch[k] !== undefined);
    if (keys.length > 0) {
      const sets = keys.map((k) => `${PATCH_COLUMNS[k]} = @${k}`).join(', ');
      db.prepare(`UPDATE parcels SET ${sets} WHERE fid = @id`).run({ ...patch, id });
    }
    const after = getParcel(project, id)!;
    audit({ action: 'update', entity: 'parcel', entityId: before.code, before: pick(before, keys), after: pick(after, keys) });
    return after;
  });
}

function pick(p: ParcelRecord, keys: (keyof ParcelPatch)[]) {
  const all = { name: p.name, landClass: p.landClass.code, qualityGrade: p.qualityGrade, registeredAreaM2: p.areas.registeredM2 };
  return Object.fromEntries(keys.map((k) => [k, all[k]]));
}
