import { interiorPoint } from './interior-point';
import { areaM2 } from './ring-measures';
import { CHUNK, fmtM2, type CheckRule } from './rule';

/**
 * 面积不符: the registered (contract) area differs from the CGCS2000 ellipsoidal area by more than the
 * ratio tolerance and by more than the absolute floor, so small parcels are not flagged for rounding.
 */
export const areaMismatchRule: CheckRule = {
  id: 'area-mismatch',
  severity: 'warning',
  descriptionKey: 'checks.rule.areaMismatch',
  basis: '国土调查办发〔2008〕32号 椭球面积计算; NY/T 2539-2016 合同面积与实测面积',
  *run({ set, tolerances, report }) {
    const n = set.parcels.length;
    for (let i = 0; i < n; i++) {
      const p = set.parcels[i]!;
      if (p.registeredM2 !== null && p.polygons.length > 0) {
        const computed = areaM2(p.polygons, set.srsId);
        const diff = p.registeredM2 - computed;
        const ratio = computed > 0 ? Math.abs(diff) / computed : Infinity;
        if (ratio > tolerances.areaMismatchRatio && Math.abs(diff) > tolerances.areaMismatchFloorM2) {
          const pct = Number.isFinite(ratio) ? `${(ratio * 100).toFixed(1)}%` : '—';
          report({
            rule: 'area-mismatch',
            severity: 'warning',
            parcelIds: [p.id],
            codes: [p.code],
            at: interiorPoint(p.polygons),
            bbox: set.bboxes[i]!,
            measure: Number.isFinite(ratio) ? ratio : null,
            message: `地块 ${p.code} 合同面积 ${fmtM2(p.registeredM2)} 与椭球面积 ${fmtM2(computed)} 相差 ${fmtM2(Math.abs(diff))}（${pct}）`,
          });
        }
      }
      if ((i + 1) % CHUNK === 0) yield i + 1;
    }
  },
};
