import { z } from 'zod';
import { EPSG_CGCS2000_GEOGRAPHIC } from '../../geo/cgcs2000';
import { crsFromCoordinates as crsFromSamples } from '../coordinate-crs';
import type { FoundCrs } from '../source-crs';

/** The 2008 GeoJSON `crs` member as GDAL and QGIS still write it. */
export const CrsMemberSchema = z.object({
  type: z.literal('name'),
  properties: z.object({ name: z.string() }),
});

const CRS84 = /(^|[:/])CRS:?84$/i;
// EPSG:4527, urn:ogc:def:crs:EPSG::4548, urn:ogc:def:crs:EPSG:6.3:4548, http://www.opengis.net/def/crs/EPSG/0/4548
const EPSG_CODE = /EPSG(?:::?|:[\d.]+:|\/[\d.]+\/)(\d+)$/i;

const RFC7946 = `无 crs 成员：按 RFC 7946 经纬度读取，视为 CGCS2000（EPSG:${EPSG_CGCS2000_GEOGRAPHIC}；与 WGS 84 的差别在测量限差内）`;

/** What the `crs` member says; srsId is null when it names something we cannot identify. */
export function crsFromMember(member: unknown): FoundCrs {
  if (member === undefined || member === null) return { srsId: EPSG_CGCS2000_GEOGRAPHIC, how: 'geojson', detail: RFC7946 };
  const parsed = CrsMemberSchema.safeParse(member);
  if (!parsed.success) return { srsId: null, how: 'geojson', detail: `crs 成员无法识别：${JSON.stringify(member).slice(0, 120)}` };
  const name = parsed.data.properties.name.trim();
  if (CRS84.test(name)) return { srsId: 4326, how: 'geojson', detail: `crs「${name}」→ WGS 84 经纬度（EPSG:4326）` };
  const m = EPSG_CODE.exec(name);
  if (m) return { srsId: Number(m[1]), how: 'geojson', detail: `crs「${name}」→ EPSG:${m[1]}` };
  return { srsId: null, how: 'geojson', detail: `crs「${name}」无法识别` };
}

const isLonLat = ([x, y]: readonly number[]) => Math.abs(x!) <= 180 && Math.abs(y!) <= 90;

/**
 * Files without a crs member that hold projected coordinates anyway (common from Chinese desktop
 * tools): the same detection as a Shapefile without .prj — 8-digit eastings name their zone.
 */
export function crsFromCoordinates(found: FoundCrs, positions: number[][]): FoundCrs {
  if (positions.every(isLonLat)) return found;
  const detected = crsFromSamples(positions);
  return detected.srsId !== null
    ? { srsId: detected.srsId, how: 'easting', detail: `无 crs 成员：${detected.detail}` }
    : { srsId: null, how: 'geojson', detail: `无 crs 成员，但坐标不是经纬度：${detected.detail}` };
}
