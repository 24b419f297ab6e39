import type { AreaGeometry, LonLatBBox } from '../domain/geometry';
import { gkCrs, type GkCrs } from './crs';
import { gkForward, gkInverse, type TransverseMercator } from './gauss-kruger';

/**
 * Where the coordinates of a Chinese county register can lie, per supported CRS. A vertex outside is a
 * mistake (Gauss-Krüger eastings pasted as longitudes, swapped axes, a wrong unit), never a parcel, so
 * every entry point refuses it with a message naming the vertex and the range.
 *
 * Longitude/latitude (EPSG:4490, 4326): −180…180 and −90…90, and inside China's extent 73°–136°E,
 * 3°–54°N — the country's extreme points (帕米尔高原 ≈ 73.5°E, the meeting of 黑龙江 and 乌苏里江
 * ≈ 135.1°E, 曾母暗沙 ≈ 4°N, the 黑龙江 channel north of 漠河 ≈ 53.6°N) rounded outward to whole degrees,
 * which is also where CGCS2000 is defined for use.
 *
 * Gauss-Krüger 3° zones: the easting carries the zone number when the CRS says so (zone·10⁶ + 500 km),
 * otherwise it is 500 km ± the offset; the point must lie within China's latitudes and within
 * GK_ZONE_REACH_DEG of the central meridian. That is the zone's half-width of 1.5° plus as much again,
 * because a county across a zone edge keeps its whole register in one zone (沂水 lies on both sides of
 * 118.5°E, the edge of zones 39 and 40); the Krüger series stays exact to nanometres that far out.
 *
 * Invariant of every feature table: each stored vertex passes `positionCheck` of the layer's CRS. The entry
 * points (API input, imports, linkage) refuse what breaks it; a PostGIS store can also hold it as a CHECK
 * on the geometry's envelope and its ST_Transform to 4490; the data check 坐标超出范围 finds older rows.
 */

export const CHINA_EXTENT = { west: 73, south: 3, east: 136, north: 54 } as const;
export const GK_ZONE_REACH_DEG = 3;

/** A vertex outside the range: its index path inside `coordinates` and the sentence saying why. */
export interface RangeIssue {
  path: number[];
  message: string;
}

/** Why one position cannot be in the CRS (a phrase naming the coordinate and the range), or null. */
export type PositionCheck = (p: readonly number[]) => string | null;

const fmt = (v: number): string => String(v);
const int = (v: number): string => String(Math.round(v));

function lonLatWorld(p: readonly number[]): string | null {
  const [lon, lat] = p as [number, number];
  if (!(lon >= -180 && lon <= 180)) return `经度 ${fmt(lon)} 超出范围（−180…180）`;
  if (!(lat >= -90 && lat <= 90)) return `纬度 ${fmt(lat)} 超出范围（−90…90）`;
  return null;
}

/** CGCS2000 longitude/latitude of a vertex of a Chinese register. */
export const lonLatInChina: PositionCheck = (p) => {
  const world = lonLatWorld(p);
  if (world) return world;
  const [lon, lat] = p as [number, number];
  const { west, south, east, north } = CHINA_EXTENT;
  if (lon < west || lon > east) return `经度 ${fmt(lon)} 不在中国范围内（${west}…${east}）`;
  if (lat < south || lat > north) return `纬度 ${fmt(lat)} 不在中国范围内（${south}…${north}）`;
  return null;
};

interface ZoneRange {
  gk: GkCrs;
  tm: TransverseMercator;
  eastMin: number;
  eastMax: number;
  northMin: number;
  northMax: number;
  /** A box every point of which is in range, so most vertices need no inverse projection. */
  inner: { halfWidth: number; northMin: number; northMax: number };
}

const zoneRanges = new Map<number, ZoneRange>();

function zoneRange(gk: GkCrs): ZoneRange {
  let r = zoneRanges.get(gk.epsg);
  if (!r) {
    const falseEasting = gk.prefixed ? gk.zone * 1e6 + 500_000 : 500_000;
    const tm = { centralMeridian: gk.centralMeridian, falseEasting };
    const at = (dLon: number, lat: number) => gkForward(tm, gk.centralMeridian + dLon, lat);
    const { south, north } = CHINA_EXTENT;
    const reach = GK_ZONE_REACH_DEG;
    // Parallels bow poleward away from the meridian and meridians converge northward, so the extremes
    // of the region sit at these corners.
    r = {
      gk,
      tm,
      eastMin: falseEasting - 500_000,
      eastMax: falseEasting + 500_000,
      northMin: at(0, south)[1],
      northMax: at(reach, north)[1],
      inner: { halfWidth: at(reach, north)[0] - falseEasting, northMin: at(reach, south)[1], northMax: at(0, north)[1] },
    };
    zoneRanges.set(gk.epsg, r);
  }
  return r;
}

function gkPosition(z: ZoneRange, p: readonly number[]): string | null {
  const [x, y] = p as [number, number];
  const fe = z.tm.falseEasting;
  if (Math.abs(x - fe) <= z.inner.halfWidth && y >= z.inner.northMin && y <= z.inner.northMax) return null;
  const crs = `EPSG:${z.gk.epsg}`;
  if (!(x >= z.eastMin && x < z.eastMax)) {
    const form = z.gk.prefixed ? `带号 ${z.gk.zone} 的 8 位东坐标` : '不带带号的 6 位东坐标';
    return `东坐标 ${fmt(x)} 不符合 ${crs}（应为${form}，${int(z.eastMin)}…${int(z.eastMax)}）`;
  }
  if (!(y >= z.northMin && y <= z.northMax)) {
    return `北坐标 ${fmt(y)} 超出中国的纬度范围（${crs} 中为 ${int(z.northMin)}…${int(z.northMax)}）`;
  }
  const [lon, lat] = gkInverse(z.tm, x, y);
  const cm = z.gk.centralMeridian;
  if (Math.abs(lon - cm) > GK_ZONE_REACH_DEG) {
    const [west] = gkForward(z.tm, cm - GK_ZONE_REACH_DEG, lat);
    const [east] = gkForward(z.tm, cm + GK_ZONE_REACH_DEG, lat);
    return `东坐标 ${fmt(x)} 距 ${crs} 的中央经线 ${cm}° 超过 ${GK_ZONE_REACH_DEG}°（该纬度应为 ${int(west)}…${int(east)}）`;
  }
  if (lat < CHINA_EXTENT.south || lat > CHINA_EXTENT.north) {
    return `北坐标 ${fmt(y)} 对应纬度 ${lat.toFixed(2)}°，不在中国范围内（${CHINA_EXTENT.south}…${CHINA_EXTENT.north}）`;
  }
  return null;
}

/** The check for stored or imported coordinates in `srsId` (one of the supported CRSs). */
export function positionCheck(srsId: number): PositionCheck {
  const gk = gkCrs(srsId);
  if (!gk) {
    if (srsId === 4490 || srsId === 4326) return lonLatInChina;
    throw new Error(`unsupported coordinate system EPSG:${srsId}`);
  }
  const z = zoneRange(gk);
  return (p) => gkPosition(z, p);
}

/** The longitudes a lon/lat input may have to be stored in `srsId`: China's, narrowed to the zone's reach. */
export function lonLatRegion(srsId: number): LonLatBBox {
  const { west, south, east, north } = CHINA_EXTENT;
  const gk = gkCrs(srsId);
  if (!gk) return [west, south, east, north];
  return [Math.max(west, gk.centralMeridian - GK_ZONE_REACH_DEG), south, Math.min(east, gk.centralMeridian + GK_ZONE_REACH_DEG), north];
}

/** The check for lon/lat input that will be projected into a project in `srsId`. */
export function lonLatCheckFor(srsId: number): PositionCheck {
  const gk = gkCrs(srsId);
  if (!gk) return lonLatInChina;
  const [west, , east] = lonLatRegion(srsId);
  return (p) => {
    const china = lonLatInChina(p);
    if (china) return china;
    const lon = p[0]!;
    if (lon < west || lon > east) {
      return `经度 ${fmt(lon)} 距项目坐标系 EPSG:${srsId} 的中央经线 ${gk.centralMeridian}° 超过 ${GK_ZONE_REACH_DEG}°（${west}…${east}）`;
    }
    return null;
  };
}

/** The first vertex of an area geometry out of range: 「第 2 个面第 1 环第 4 个顶点的经度 … 」. */
export function geometryRangeIssue(g: AreaGeometry, check: PositionCheck): RangeIssue | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (let i = 0; i < polys.length; i++) {
    const rings = polys[i]!;
    for (let r = 0; r < rings.length; r++) {
      const ring = rings[r]!;
      for (let v = 0; v < ring.length; v++) {
        const why = check(ring[v]!);
        if (why === null) continue;
        const part = g.type === 'MultiPolygon' ? `第 ${i + 1} 个面` : '';
        return { path: g.type === 'Polygon' ? [r, v] : [i, r, v], message: `${part}第 ${r + 1} 环第 ${v + 1} 个顶点的${why}` };
      }
    }
  }
  return null;
}

/** The first point of a line or an open ring out of range: 「第 3 个点的纬度 … 」. */
export function pointsRangeIssue(points: readonly (readonly number[])[], check: PositionCheck): RangeIssue | null {
  for (let i = 0; i < points.length; i++) {
    const why = check(points[i]!);
    if (why !== null) return { path: [i], message: `第 ${i + 1} 个点的${why}` };
  }
  return null;
}

/** A lon/lat box cut to where `srsId` can hold data, or null when nothing of it is there (the map far away). */
export function clampToRegion(bbox: LonLatBBox, srsId: number): LonLatBBox | null {
  const [w, s, e, n] = lonLatRegion(srsId);
  const out: LonLatBBox = [Math.max(bbox[0], w), Math.max(bbox[1], s), Math.min(bbox[2], e), Math.min(bbox[3], n)];
  return out[0] <= out[2] && out[1] <= out[3] ? out : null;
}
