import { z } from 'zod';
import { formatMu, m2ToMu, muToM2 } from './units';
import { MAX_AREA_MU } from './input-limits';

/**
 * The largest area LandLink accepts for one feature drawn or edited by hand, per kind: dated settings with a
 * source, in 亩. No law caps a parcel's size; these are plausibility limits that catch coordinates in the
 * wrong unit or CRS (a parcel of 1e13 m²) while leaving every real parcel of a county through. The county
 * may change them. Imports are not refused on area (real registers hold large collective parcels): the
 * data check flags a contracted parcel above its limit instead.
 */

export const AREA_LIMIT_KINDS = ['contractedParcel', 'linkageParcel', 'linkageProjectArea'] as const;
export const AreaLimitKindSchema = z.enum(AREA_LIMIT_KINDS);
export type AreaLimitKind = z.infer<typeof AreaLimitKindSchema>;

export const AreaLimitMuSchema = z.number().positive().max(MAX_AREA_MU);

export const areaLimitKey = (kind: AreaLimitKind): string => `geometry.maxAreaMu.${kind}`;

/** What the limit is of, as messages name it. */
export const AREA_LIMIT_LABELS: Record<AreaLimitKind, string> = {
  contractedParcel: '承包地块',
  linkageParcel: '增减挂钩拆旧或建新地块',
  linkageProjectArea: '增减挂钩项目区',
};

export const AREA_LIMIT_DEFAULTS: Record<AreaLimitKind, { mu: number; source: string }> = {
  contractedParcel: {
    mu: 1_000,
    source:
      'LandLink 默认：法律未规定地块面积上限。家庭承包地块一般为几亩，以其他方式承包的“四荒”等地块可达数百亩；' +
      '1000 亩（约 0.67 平方千米）已超过平原地区一个村民小组的全部耕地，超过多为坐标或单位有误。县局可按本地数据修改',
  },
  linkageParcel: {
    mu: 3_000,
    source:
      'LandLink 默认：拆旧地块为一处宅基地或一片村庄建设用地，建新地块为一处安置区，单块不超过一个村庄的全部建设用地；' +
      '3000 亩（2 平方千米）以上多为坐标或单位有误。县局可按本地项目修改',
  },
  linkageProjectArea: {
    mu: 150_000,
    source:
      'LandLink 默认：项目区由同一县内若干整村组成，平原地区一个村连同耕地约 3–5 平方千米；150000 亩（100 平方千米）' +
      '可容二十个以上的村，而远小于一个县。县局可按批复的项目区范围修改',
  },
};

/**
 * The refusal when `areaM2` is above the limit (compared exactly in m²), or null. 亩 are shown to 2 decimals,
 * or to 4 where 2 would round the excess away.
 */
export function areaOverLimit(kind: AreaLimitKind, what: string, areaM2: number, limitMu: number): string | null {
  if (areaM2 <= muToM2(limitMu)) return null;
  const shown = Number(formatMu(areaM2)) > limitMu ? formatMu(areaM2) : m2ToMu(areaM2).toFixed(4);
  return `${what}的椭球面积 ${shown} 亩超过${AREA_LIMIT_LABELS[kind]}面积上限 ${limitMu} 亩`;
}
