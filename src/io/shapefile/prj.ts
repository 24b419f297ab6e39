import { EPSG_CGCS2000_GEOGRAPHIC } from '../../geo/cgcs2000';
import { epsgForZone, gkCrs, GK_ZONES, type GkZone, isSupportedSrs } from '../../geo/crs';

export interface PrjSrs {
  srsId: number | null;
  /** What the .prj said and what it was taken for, for the import report. */
  detail: string;
}

const isGkZone = (n: number): n is GkZone => (GK_ZONES as readonly number[]).includes(n);

function gkFromZone(zone: number, prefixed: boolean, name: string): PrjSrs {
  if (!isGkZone(zone)) return { srsId: null, detail: `${name}：不支持的 3 度带 ${zone}（支持 38–41 带）` };
  const srsId = epsgForZone(zone, prefixed);
  return { srsId, detail: `${name} → EPSG:${srsId}` };
}

/** The first quoted name after `keyword[` at the top level of the WKT (PROJCS/GEOGCS, or WKT2 forms). */
const topName = (wkt: string): { kind: string; name: string } | null => {
  const m = /^\s*(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS|BASEGEOGCRS)\s*\[\s*"([^"]*)"/i.exec(wkt);
  return m ? { kind: m[1]!.toUpperCase(), name: m[2]! } : null;
};

const param = (wkt: string, name: string): number | null => {
  const m = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*([-+0-9.eE]+)`, 'i').exec(wkt);
  return m ? Number(m[1]) : null;
};

/** The EPSG authority of the whole CRS: the last AUTHORITY/ID in the text belongs to the outermost node. */
function trailingEpsg(wkt: string): number | null {
  const m = /(?:AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?|ID\s*\[\s*"EPSG"\s*,\s*)(\d+)"?\s*\]\s*\]\s*$/i.exec(wkt.trim());
  return m ? Number(m[1]) : null;
}

/** Datum + Transverse Mercator parameters, for .prj files whose names are not ones we know. */
function fromParameters(wkt: string, name: string): PrjSrs {
  if (!/CGCS2000|China_2000|China 2000|GRS_?1980|GRS ?80/i.test(wkt)) {
    return { srsId: null, detail: `${name}：不是 CGCS2000 坐标系` };
  }
  if (!/PROJECTION\s*\[\s*"(Transverse_Mercator|Gauss_Kruger)"/i.test(wkt)) {
    return { srsId: null, detail: `${name}：CGCS2000 但投影不是高斯-克吕格` };
  }
  const cm = param(wkt, 'central_meridian');
  const fe = param(wkt, 'false_easting');
  if (cm === null || fe === null || cm % 3 !== 0) return { srsId: null, detail: `${name}：中央经线 ${cm} 不是 3 度带` };
  const zone = cm / 3;
  if (fe === 500000) return gkFromZone(zone, false, `${name}（按参数：中央经线 ${cm}°，东偏 500000）`);
  if (fe === zone * 1e6 + 500000) return gkFromZone(zone, true, `${name}（按参数：中央经线 ${cm}°，东偏 ${fe}）`);
  return { srsId: null, detail: `${name}：东偏 ${fe} 与中央经线 ${cm}° 不匹配` };
}

/** The LandLink CRS a .prj (ESRI or OGC WKT) describes, by name first and by parameters as a fallback. */
export function srsFromPrj(text: string): PrjSrs {
  const wkt = text.replace(/^\uFEFF/, '').trim();
  const top = topName(wkt);
  if (!top) return { srsId: null, detail: `.prj 内容无法识别：${wkt.slice(0, 60)}` };
  const { name } = top;
  let m = /CGCS2000_3_Degree_GK_Zone_(\d+)$/i.exec(name) ?? /CGCS2000 \/ 3-degree Gauss-Kruger zone (\d+)$/i.exec(name);
  if (m) return gkFromZone(Number(m[1]), true, name);
  m = /CGCS2000_3_Degree_GK_CM_(\d+)E$/i.exec(name) ?? /CGCS2000 \/ 3-degree Gauss-Kruger CM (\d+)E$/i.exec(name);
  if (m) {
    const cm = Number(m[1]);
    return cm % 3 === 0 ? gkFromZone(cm / 3, false, name) : { srsId: null, detail: `${name}：中央经线不是 3 度带` };
  }
  const epsg = trailingEpsg(wkt);
  if (epsg !== null && isSupportedSrs(epsg)) return { srsId: epsg, detail: `${name}（EPSG:${epsg}）` };
  if (top.kind.startsWith('GEOG')) {
    if (/^(GCS_China_Geodetic_Coordinate_System_2000|China Geodetic Coordinate System 2000|CGCS2000)$/i.test(name)) {
      return { srsId: EPSG_CGCS2000_GEOGRAPHIC, detail: `${name} → EPSG:${EPSG_CGCS2000_GEOGRAPHIC}` };
    }
    if (/^(GCS_WGS_1984|WGS 84|WGS_1984|WGS84)$/i.test(name)) return { srsId: 4326, detail: `${name} → EPSG:4326` };
    return { srsId: null, detail: `${name}：不支持的地理坐标系` };
  }
  return fromParameters(wkt, name);
}

const ESRI_CGCS2000 =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const ESRI_WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/** ESRI WKT as ArcGIS writes it (GDAL identifies these names as the EPSG codes). */
export function esriPrj(srsId: number): string {
  if (srsId === EPSG_CGCS2000_GEOGRAPHIC) return ESRI_CGCS2000;
  if (srsId === 4326) return ESRI_WGS84;
  const gk = gkCrs(srsId);
  if (!gk) throw new Error(`不支持的坐标系 EPSG:${srsId}，无法写出 .prj`);
  const name = gk.prefixed ? `CGCS2000_3_Degree_GK_Zone_${gk.zone}` : `CGCS2000_3_Degree_GK_CM_${gk.centralMeridian}E`;
  const falseEasting = gk.prefixed ? gk.zone * 1e6 + 500000 : 500000;
  return (
    `PROJCS["${name}",${ESRI_CGCS2000},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${falseEasting.toFixed(1)}],` +
    `PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${gk.centralMeridian.toFixed(1)}],PARAMETER["Scale_Factor",1.0],` +
    `PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`
  );
}
