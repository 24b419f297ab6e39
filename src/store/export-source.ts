import type { ImportTarget } from '../domain/field-mapping';
import type { AttributeValue } from '../domain/import-record';
import { m2ToMu } from '../domain/units';
import { fromLonLatConverter, toLonLatConverter } from '../geo/crs';
import { decodeGeometry } from './gpkg/geometry-blob';
import { TARGET_TABLE, type Progress } from './import-writer';
import type { Project } from './project';

/**
 * A layer read out for export: LandLink's fields first (with all three areas and the area in 亩), then
 * every source attribute kept from the import, geometry in the requested CRS. Field names are the ones
 * the import mapping recognises, so an export imports back to the same parcels.
 */

export interface ExportField {
  name: string;
  type: 'string' | 'integer' | 'number';
}

export interface ExportLayer {
  name: string;
  srsId: number;
  fields: ExportField[];
  features: { geometry: { type: 'MultiPolygon' | 'Polygon'; coordinates: number[][][] | number[][][][] }; attrs: Record<string, AttributeValue> }[];
}

const BASE: Record<ImportTarget, ExportField[]> = {
  parcels: [
    { name: 'code', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'household_code', type: 'string' },
    { name: 'head_name', type: 'string' },
    { name: 'contract_code', type: 'string' },
    { name: 'village', type: 'string' },
    { name: 'land_class', type: 'string' },
    { name: 'quality_grade', type: 'integer' },
    { name: 'basic_farmland', type: 'integer' },
  ],
  homesteads: [
    { name: 'code', type: 'string' },
    { name: 'household_code', type: 'string' },
    { name: 'head_name', type: 'string' },
    { name: 'village', type: 'string' },
  ],
  farmland: [{ name: 'code', type: 'string' }],
};

const AREAS: ExportField[] = [
  { name: 'registered_area_m2', type: 'number' },
  { name: 'ellipsoid_area_m2', type: 'number' },
  { name: 'planar_area_m2', type: 'number' },
  { name: 'area_mu', type: 'number' },
];

const SELECT: Record<ImportTarget, string> = {
  parcels: `SELECT t.fid, t.geom, t.code, t.name, h.code AS household_code, h.head_name, t.contract_code, v.name AS village,
     t.land_class, t.quality_grade, t.basic_farmland, t.registered_area_m2, t.ellipsoid_area_m2, t.planar_area_m2, t.attrs_json
     FROM parcels t LEFT JOIN households h ON h.id = t.household_id LEFT JOIN village_groups g ON g.code = t.group_code
     LEFT JOIN villages v ON v.code = g.village_code ORDER BY t.fid`,
  homesteads: `SELECT t.fid, t.geom, t.code, h.code AS household_code, h.head_name, v.name AS village, t.registered_area_m2,
     t.ellipsoid_area_m2, t.planar_area_m2, t.attrs_json
     FROM homesteads t LEFT JOIN households h ON h.id = t.household_id LEFT JOIN village_groups g ON g.code = t.group_code
     LEFT JOIN villages v ON v.code = g.village_code ORDER BY t.fid`,
  farmland: `SELECT t.fid, t.geom, t.code, NULL AS registered_area_m2, t.ellipsoid_area_m2, t.planar_area_m2, t.attrs_json
     FROM basic_farmland t ORDER BY t.fid`,
};

export async function exportLayer(project: Project, target: ImportTarget, srsId: number, ctl: Progress): Promise<ExportLayer> {
  const rows = project.db.prepare(SELECT[target]).all() as Record<string, unknown>[];
  const from = project.meta.srsId;
  const same = from === srsId || ((from === 4490 || from === 4326) && (srsId === 4490 || srsId === 4326));
  const toLonLat = toLonLatConverter(from);
  const fromLonLat = fromLonLatConverter(srsId);
  const move = (p: number[]) => (same ? p : fromLonLat(toLonLat(p)));
  const base = BASE[target];
  const extraNames = new Set<string>();
  const features: ExportLayer['features'] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const extra = r.attrs_json ? (JSON.parse(r.attrs_json as string) as Record<string, AttributeValue>) : {};
    for (const k of Object.keys(extra)) extraNames.add(k);
    const attrs: Record<string, AttributeValue> = {};
    for (const f of base) attrs[f.name] = (r[f.name] as AttributeValue) ?? null;
    attrs.registered_area_m2 = (r.registered_area_m2 as number | null) ?? null;
    attrs.ellipsoid_area_m2 = r.ellipsoid_area_m2 as number;
    attrs.planar_area_m2 = (r.planar_area_m2 as number | null) ?? null;
    attrs.area_mu = m2ToMu(r.ellipsoid_area_m2 as number);
    for (const [k, v] of Object.entries(extra)) if (!(k in attrs)) attrs[k] = v;
    const polys = decodeGeometry(r.geom as Buffer).map((poly) => poly.map((ring) => ring.map(move)));
    features.push({ geometry: { type: 'MultiPolygon', coordinates: polys }, attrs });
    if ((i + 1) % 5000 === 0) {
      ctl.progress('reading', i + 1, rows.length);
      await ctl.checkpoint();
    }
  }
  const taken = new Set([...base, ...AREAS].map((f) => f.name));
  const extras: ExportField[] = [...extraNames].filter((n) => !taken.has(n)).map((name) => ({
    name,
    type: features.every((f) => f.attrs[name] === undefined || f.attrs[name] === null || typeof f.attrs[name] === 'number') &&
      features.some((f) => typeof f.attrs[name] === 'number')
      ? 'number'
      : 'string',
  }));
  for (const f of features) for (const e of extras) f.attrs[e.name] ??= null;
  return { name: TARGET_TABLE[target], srsId, fields: [...base, ...AREAS, ...extras], features };
}
