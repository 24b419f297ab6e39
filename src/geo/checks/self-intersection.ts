import type { AreaGeometry } from '../../domain/geometry';
import { validatePolygon, type ValidityKind } from '../polygon-validity';
import { interiorPoint } from './interior-point';
import { placedBBox } from './parcel-set';
import { CHUNK, type CheckRule } from './rule';

const KIND_TEXT: Record<ValidityKind, string> = {
  empty: '无图形',
  too_few_points: '顶点不足',
  not_closed: '边界未闭合',
  non_finite: '坐标无效',
  self_intersection: '边界自相交',
  hole_outside: '内环在外环之外',
  zero_area: '面积为零',
};

/** 自相交: a parcel whose boundary crosses itself, or whose geometry is otherwise not a valid polygon. */
export const selfIntersectionRule: CheckRule = {
  id: 'self-intersection',
  severity: 'error',
  descriptionKey: 'checks.rule.selfIntersection',
  basis: 'NY/T 2539-2016 地块图形应为有效多边形; OGC Simple Features 1.2.1 §6.1.11',
  *run({ set, report }) {
    const n = set.parcels.length;
    for (let i = 0; i < n; i++) {
      const p = set.parcels[i]!;
      const geometry = { type: 'MultiPolygon', coordinates: p.polygons } as AreaGeometry;
      for (const issue of validatePolygon(geometry)) {
        const at = issue.at ? ([issue.at[0], issue.at[1]] as [number, number]) : interiorPoint(p.polygons);
        report({
          rule: 'self-intersection',
          severity: 'error',
          parcelIds: [p.id],
          codes: [p.code],
          at,
          bbox: placedBBox(set, i),
          measure: null,
          message: `地块 ${p.code} ${KIND_TEXT[issue.kind]}（${issue.detail}）`,
        });
      }
      if ((i + 1) % CHUNK === 0) yield i + 1;
    }
  },
};
