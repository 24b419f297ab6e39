import { EPSG_CGCS2000_GEOGRAPHIC } from './cgcs2000';
import { gkForward, gkInverse } from './gauss-kruger';

/**
 * CGCS2000 and its 3° Gauss-Krüger zones 38–41 (Shandong), with and without the zone prefix on
 * the easting (geo.md §2). proj4js has no CGCS2000 codes built in, so they are defined here.
 */

export const GK_ZONES = [38, 39, 40, 41] as const;
export type GkZone = (typeof GK_ZONES)[number];

export interface GkCrs {
  epsg: number;
  zone: GkZone;
  centralMeridian: number;
  /** true when eastings carry the zone number (8 digits, false easting zone·1e6 + 500 km). */
  prefixed: boolean;
}

const isZone = (n: number): n is GkZone => (GK_ZONES as readonly number[]).includes(n);

/** With prefix: EPSG = 4513 + (zone − 25); without: 4534 + (CM − 75)/3. */
export const epsgForZone = (zone: GkZone, prefixed: boolean): number => (prefixed ? 4513 + (zone - 25) : 4534 + (3 * zone - 75) / 3);

export function gkCrs(epsg: number): GkCrs | null {
  for (const zone of GK_ZONES) {
    for (const prefixed of [true, false]) {
      if (epsgForZone(zone, prefixed) === epsg) return { epsg, zone, centralMeridian: 3 * zone, prefixed };
    }
  }
  return null;
}

export const SUPPORTED_SRS_IDS: readonly number[] = [
  EPSG_CGCS2000_GEOGRAPHIC,
  4326,
  ...GK_ZONES.flatMap((z) => [epsgForZone(z, true), epsgForZone(z, false)]),
];

export const isSupportedSrs = (srsId: number): boolean => SUPPORTED_SRS_IDS.includes(srsId);

/** Human name as GDAL prints it, used for gpkg_spatial_ref_sys. */
export function srsName(srsId: number): string {
  if (srsId === EPSG_CGCS2000_GEOGRAPHIC) return 'China Geodetic Coordinate System 2000';
  if (srsId === 4326) return 'WGS 84';
  const gk = gkCrs(srsId);
  if (!gk) throw new Error(`unsupported coordinate system EPSG:${srsId}`);
  return gk.prefixed
    ? `CGCS2000 / 3-degree Gauss-Kruger zone ${gk.zone}`
    : `CGCS2000 / 3-degree Gauss-Kruger CM ${gk.centralMeridian}E`;
}

/** An 8-digit easting carries its zone (⌊x / 1e6⌋); a 6-digit one does not. */
export function detectZoneFromEasting(easting: number): GkZone | null {
  if (easting < 1e7 || easting >= 1e8) return null;
  const zone = Math.floor(easting / 1e6);
  return isZone(zone) ? zone : null;
}

/** The GK CRS of coordinates whose zone prefix (if any) is known; plain eastings need the zone from elsewhere. */
export function gkCrsForEasting(easting: number, zoneIfPlain?: GkZone): GkCrs | null {
  const zone = detectZoneFromEasting(easting);
  if (zone) return gkCrs(epsgForZone(zone, true));
  if (zoneIfPlain && easting > 0 && easting < 1e6) return gkCrs(epsgForZone(zoneIfPlain, false));
  return null;
}

export type Converter = (xy: readonly number[]) => [number, number];

const cache = new Map<number, { toLonLat: Converter; fromLonLat: Converter }>();

function converters(srsId: number) {
  let c = cache.get(srsId);
  if (!c) {
    if (srsId === EPSG_CGCS2000_GEOGRAPHIC || srsId === 4326) {
      const id: Converter = (p) => [p[0]!, p[1]!];
      c = { toLonLat: id, fromLonLat: id };
    } else {
      const gk = gkCrs(srsId);
      if (!gk) throw new Error(`unsupported coordinate system EPSG:${srsId}`);
      const tm = { centralMeridian: gk.centralMeridian, falseEasting: gk.prefixed ? gk.zone * 1e6 + 500000 : 500000 };
      c = { toLonLat: (p) => gkInverse(tm, p[0]!, p[1]!), fromLonLat: (p) => gkForward(tm, p[0]!, p[1]!) };
    }
    cache.set(srsId, c);
  }
  return c;
}

/** Source CRS → CGCS2000 longitude/latitude in degrees. */
export const toLonLatConverter = (srsId: number): Converter => converters(srsId).toLonLat;
/** CGCS2000 longitude/latitude in degrees → source CRS. */
export const fromLonLatConverter = (srsId: number): Converter => converters(srsId).fromLonLat;
