import { areaOverLimit } from '../../domain/area-limits';
import { interiorPoint } from './interior-point';
import { placedBBox } from './parcel-set';
import { areaM2 } from './ring-measures';
import { CHUNK, type CheckRule } from './rule';

/**
 * 面积超限: a contracted parcel larger than the dated area limit. Drawing such a parcel is refused; an
 * imported one is only flagged, since a county's register may hold a large collective parcel.
 */
export const areaLimitRule: CheckRule = {
  id: 'area-limit',
  severity: 'warning',
  descriptionKey: 'checks.rule.areaLimit',
  basis: '国土调查办发〔2008〕32号 椭球面积计算; 县局设定的承包地块面积上限',
  *run({ set, maxParcelMu, report }) {
    const n = set.parcels.length;
    for (let i = 0; i < n; i++) {
      const p = set.parcels[i]!;
      const computed = areaM2(p.polygons, set.srsId);
      const message = areaOverLimit('contractedParcel', `地块 ${p.code} `, computed, maxParcelMu);
      if (message) {
        report({
          rule: 'area-limit',
          severity: 'warning',
          parcelIds: [p.id],
          codes: [p.code],
          at: interiorPoint(p.polygons),
          bbox: placedBBox(set, i),
          measure: computed,
          message,
        });
      }
      if ((i + 1) % CHUNK === 0) yield i + 1;
    }
  },
};
