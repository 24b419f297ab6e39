import type { AreaGeometry } from '../domain/geometry';
import type { ImportRecord } from '../domain/import-record';
import { isTruncationOf, type FieldMapping, type ImportTarget, type LandLinkField } from '../domain/field-mapping';
import { LandClassCodeSchema, type LandClassCode } from '../domain/land-class';
import { MAX_AREA_M2 } from '../domain/input-limits';
import { m2ToMu, muToM2 } from '../domain/units';
import { geometryRangeIssue, type PositionCheck } from '../geo/coordinate-range';
import type { Converter } from '../geo/crs';
import { mapGeometry } from '../geo/map-geometry';
import { validatePolygon } from '../geo/polygon-validity';
import type { AttributeValue, SourceFeature } from './source-layer';

/**
 * Turns one source record into what LandLink stores, or into the reason it cannot: every bad record
 * gets a sentence naming the field and value, so the report can list it with file and record.
 */


export type RecordResult = { ok: true; value: ImportRecord } | { ok: false; reason: string };

/** Fields LandLink computes or joins itself; an earlier export's copies are dropped, not kept as extras. */
const COMPUTED = ['ellipsoid_area_m2', 'planar_area_m2', 'area_mu', 'head_name', 'basic_farmland'];
const isComputed = (name: string) => COMPUTED.some((c) => c === name.toLowerCase() || isTruncationOf(name, c));

function text(v: AttributeValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return String(v);
  const s = String(v).trim();
  return s === '' ? null : s;
}

function numberOf(v: AttributeValue | undefined): number | null | 'bad' {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'bad';
  const n = Number(String(v).trim().replace(/,/g, ''));
  return Number.isFinite(n) ? n : 'bad';
}

export interface RecordContext {
  target: ImportTarget;
  mapping: FieldMapping;
  defaultLandClass: LandClassCode;
  /** Source CRS → project CRS, or null when they are the same. */
  transform: Converter | null;
  /** Where a source position may lie in its own CRS, and whether it reaches the project CRS (geo/coordinate-range). */
  inSource: PositionCheck;
  inProject: PositionCheck;
  projectSrsId: number;
}

export function toImportRecord(f: SourceFeature, ctx: RecordContext): RecordResult {
  const field = (k: LandLinkField) => {
    const src = ctx.mapping.fields[k];
    return src ? f.attrs[src] : undefined;
  };
  const bad = (reason: string): RecordResult => ({ ok: false, reason });

  if (f.geometry === null) return bad('空几何 (empty geometry)');
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return bad(`几何类型 ${f.geometry.type} 不是面 (not a polygon)`);
  let geometry = f.geometry as AreaGeometry;
  const outside = geometryRangeIssue(geometry, ctx.inSource);
  if (outside) return bad(`坐标超出范围：${outside.message}`);
  const unreachable = ctx.transform ? geometryRangeIssue(geometry, ctx.inProject) : null;
  if (unreachable) return bad(`坐标无法换算到项目坐标系 EPSG:${ctx.projectSrsId}：${unreachable.message}`);
  const issues = validatePolygon(geometry);
  if (issues.length > 0) {
    const i = issues[0]!;
    const at = i.at ? ` @ ${i.at[0].toFixed(3)}, ${i.at[1].toFixed(3)}` : '';
    return bad(`几何无效 (${i.kind}): ${i.detail}${at}`);
  }
  if (ctx.transform) geometry = mapGeometry(geometry, ctx.transform);

  const code = text(field('code'));
  const mappedCode = ctx.mapping.fields.code;
  if (ctx.target !== 'farmland' && code === null) return bad(`地块代码为空 (field ${mappedCode ?? '—'} is empty)`);
  if (typeof field('code') === 'number' && Math.abs(field('code') as number) >= 1e15) {
    return bad(`地块代码 ${code} 存为数字，已丢失精度 (code stored as a number ≥ 1e15 has lost digits)`);
  }

  const area = numberOf(field('registeredArea'));
  if (area === 'bad') return bad(`合同面积 "${String(field('registeredArea'))}" 不是数字 (field ${ctx.mapping.fields.registeredArea})`);
  if (area !== null && area < 0) return bad(`合同面积 ${area} 为负数`);
  const registeredAreaM2 = area === null || area === 0 ? null : ctx.mapping.registeredAreaUnit === 'mu' ? muToM2(area) : area;
  if (registeredAreaM2 !== null && registeredAreaM2 > MAX_AREA_M2) {
    return bad(`合同面积 ${area} 超出输入上限（${MAX_AREA_M2} m²，即 ${m2ToMu(MAX_AREA_M2)} 亩） (field ${ctx.mapping.fields.registeredArea})`);
  }

  const lcText = text(field('landClass'));
  let landClass = ctx.defaultLandClass;
  if (lcText !== null) {
    const parsed = LandClassCodeSchema.safeParse(lcText.padStart(4, '0'));
    if (!parsed.success) return bad(`地类编码 "${lcText}" 不是 GB/T 21010 地类 (field ${ctx.mapping.fields.landClass})`);
    landClass = parsed.data;
  }

  const grade = numberOf(field('qualityGrade'));
  if (grade === 'bad' || (grade !== null && (!Number.isInteger(grade) || grade < 1 || grade > 10))) {
    return bad(`质量等级 "${String(field('qualityGrade'))}" 应为 1–10 的整数`);
  }

  const used = new Set(Object.values(ctx.mapping.fields).filter((v): v is string => Boolean(v)));
  const extra: Record<string, AttributeValue> = {};
  for (const [k, v] of Object.entries(f.attrs)) if (!used.has(k) && !isComputed(k)) extra[k] = v;

  return {
    ok: true,
    value: {
      record: f.record,
      code: code ?? `${f.record}`,
      name: text(field('name')) ?? '',
      householdCode: text(field('householdCode')),
      contractCode: text(field('contractCode')),
      registeredAreaM2,
      landClass,
      qualityGrade: grade,
      villageName: text(field('villageName')),
      townName: text(field('townName')),
      countyName: text(field('countyName')),
      geometry,
      extra,
    },
  };
}
