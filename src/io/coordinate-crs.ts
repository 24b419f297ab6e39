import { EPSG_CGCS2000_GEOGRAPHIC } from '../geo/cgcs2000';
import { CHINA_EXTENT } from '../geo/coordinate-range';
import { detectZoneFromEasting, epsgForZone, gkCrs } from '../geo/crs';

export interface CoordinateCrs {
  srsId: number | null;
  detail: string;
  /** Set when the coordinates alone cannot tell the CRS and the user has to name it. */
  needsCrs: boolean;
}

const inChina = ([x, y]: number[]) => x! >= CHINA_EXTENT.west && x! <= CHINA_EXTENT.east && y! >= CHINA_EXTENT.south && y! <= CHINA_EXTENT.north;
const isPlainEasting = (x: number) => x > 100_000 && x < 900_000;

/** The CRS that sampled (easting, northing) positions imply when the file does not name one (geo.md §2). */
export function crsFromCoordinates(samples: readonly number[][]): CoordinateCrs {
  if (samples.length === 0) return { srsId: null, detail: '没有几何，无法判断坐标系', needsCrs: false };
  const x = samples[0]![0]!;
  const zones = samples.map((p) => detectZoneFromEasting(p[0]!));
  const zone = zones[0];
  if (zone && zones.every((z) => z === zone)) {
    const srsId = epsgForZone(zone, true);
    return { srsId, detail: `东坐标 ${x} 为 8 位，带号 ${zone} → EPSG:${srsId}`, needsCrs: false };
  }
  if (x >= 1e7 && x < 1e8) {
    return { srsId: null, detail: `东坐标 ${x} 为 8 位，但带号 ${Math.floor(x / 1e6)} 不是 38–41 带或各点带号不一致，请用 --crs 指定坐标系`, needsCrs: true };
  }
  if (samples.every(inChina)) {
    return {
      srsId: EPSG_CGCS2000_GEOGRAPHIC,
      detail: `坐标为中国范围内的经纬度（${x}, ${samples[0]![1]}），假定为 CGCS2000 地理坐标 EPSG:4490`,
      needsCrs: false,
    };
  }
  if (samples.every((p) => isPlainEasting(p[0]!))) {
    return {
      srsId: null,
      detail: `东坐标 ${x} 为 6 位，不带带号，无法判断所在的 3 度带；请用 --crs 指定坐标系（如 EPSG:4548 表示中央经线 117°）`,
      needsCrs: true,
    };
  }
  return { srsId: null, detail: `无法从坐标（${x}, ${samples[0]![1]}）判断坐标系，请用 --crs 指定`, needsCrs: true };
}

/** Why the sampled positions cannot be in `srsId` (a zone prefix that disagrees, degrees vs metres), or null. */
export function coordinateMismatch(srsId: number, samples: readonly number[][]): string | null {
  if (samples.length === 0) return null;
  const gk = gkCrs(srsId);
  const fits = (p: number[]): boolean => {
    if (!gk) return Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90;
    return gk.prefixed ? detectZoneFromEasting(p[0]!) === gk.zone : p[0]! > 0 && p[0]! < 1e6;
  };
  const bad = samples.find((p) => !fits(p));
  if (!bad) return null;
  const expected = !gk ? '经纬度' : gk.prefixed ? `带号为 ${gk.zone} 的 8 位东坐标` : '不带带号的 6 位东坐标';
  return `坐标 (${bad[0]}, ${bad[1]}) 不符合 EPSG:${srsId}（应为${expected}）`;
}
