import { coverHoles } from './cover-holes';
import { interiorPoint } from './interior-point';
import { areaM2, meanWidthM, perimeterM } from './ring-measures';
import { CHUNK, codesOf, fmtM2, type CheckRule } from './rule';

/**
 * 碎片: a parcel narrower than the width tolerance (mean width 2A/P) or smaller than the minimum area,
 * and a hole between parcels that is too narrow to be land yet too large to count as a gap.
 */
export const sliverRule: CheckRule = {
  id: 'sliver',
  severity: 'warning',
  descriptionKey: 'checks.rule.sliver',
  basis: 'TD/T 1001-2012《地籍调查规程》; GB/T 21010-2017 最小上图面积',
  *run({ set, tolerances, report }) {
    const n = set.parcels.length;
    for (let i = 0; i < n; i++) {
      const p = set.parcels[i]!;
      if (p.polygons.length === 0) continue;
      const area = areaM2(p.polygons, set.srsId);
      const width = meanWidthM(area, perimeterM(p.polygons, set.srsId));
      if (width < tolerances.sliverWidthM || area < tolerances.sliverAreaM2) {
        report({
          rule: 'sliver',
          severity: 'warning',
          parcelIds: [p.id],
          codes: [p.code],
          at: interiorPoint(p.polygons),
          bbox: set.bboxes[i]!,
          measure: area,
          message: `地块 ${p.code} 是碎片：面积 ${fmtM2(area)}，平均宽度 ${width.toFixed(2)} m`,
        });
      }
      if ((i + 1) % CHUNK === 0) yield i + 1;
    }
    for (const hole of yield* coverHoles(set)) {
      const area = areaM2(hole.polygons, set.srsId);
      // Holes under the gap tolerance are the gap rule's.
      if (area < tolerances.gapM2) continue;
      const width = meanWidthM(area, perimeterM(hole.polygons, set.srsId));
      if (width >= tolerances.sliverWidthM) continue;
      const codes = codesOf(set, hole.owners);
      report({
        rule: 'sliver',
        severity: 'warning',
        parcelIds: hole.owners.map((o) => set.parcels[o]!.id),
        codes,
        at: interiorPoint(hole.polygons),
        bbox: hole.bbox,
        measure: area,
        message: `地块 ${codes.join('、')} 之间有狭长空隙：面积 ${fmtM2(area)}，平均宽度 ${width.toFixed(2)} m`,
      });
    }
  },
};
