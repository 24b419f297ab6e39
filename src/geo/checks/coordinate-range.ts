import type { AreaGeometry } from '../../domain/geometry';
import { geometryRangeIssue, positionCheck } from '../coordinate-range';
import { CHUNK, type CheckRule } from './rule';

/**
 * 坐标超出范围: a stored vertex outside the range of the layer's CRS — a file written before entry points
 * refused such input, or edited by other tools. The parcel has no place on the map, so the problem has none.
 */
export const coordinateRangeRule: CheckRule = {
  id: 'coordinate-range',
  severity: 'error',
  descriptionKey: 'checks.rule.coordinateRange',
  basis: '2000 国家大地坐标系（国家测绘局公告 2008 年第 2 号）; 3° 带高斯-克吕格投影的带号与范围',
  *run({ set, report }) {
    const check = positionCheck(set.srsId);
    const n = set.parcels.length;
    for (let i = 0; i < n; i++) {
      const p = set.parcels[i]!;
      const issue = geometryRangeIssue({ type: 'MultiPolygon', coordinates: p.polygons } as AreaGeometry, check);
      if (issue) {
        report({
          rule: 'coordinate-range',
          severity: 'error',
          parcelIds: [p.id],
          codes: [p.code],
          at: null,
          bbox: null,
          measure: null,
          message: `地块 ${p.code} ${issue.message}`,
        });
      }
      if ((i + 1) % CHUNK === 0) yield i + 1;
    }
  },
};
