import { coverHoles } from './cover-holes';
import { interiorPoint } from './interior-point';
import { areaM2 } from './ring-measures';
import { codesOf, fmtM2, type CheckRule } from './rule';

/**
 * 缝隙: a hole in the parcel cover smaller than the gap tolerance, left between parcels that should meet.
 * A larger hole is real land (a pond, a homestead plot) and not reported; anything at or below the
 * overlap tolerance is rounding in the coordinates.
 */
export const gapRule: CheckRule = {
  id: 'gap',
  severity: 'warning',
  descriptionKey: 'checks.rule.gap',
  basis: 'TD/T 1001-2012《地籍调查规程》宗地间不得有缝隙',
  *run({ set, tolerances, report }) {
    const holes = yield* coverHoles(set);
    for (const hole of holes) {
      const area = areaM2(hole.polygons, set.srsId);
      if (area <= tolerances.overlapM2 || area >= tolerances.gapM2) continue;
      const codes = codesOf(set, hole.owners);
      report({
        rule: 'gap',
        severity: 'warning',
        parcelIds: hole.owners.map((o) => set.parcels[o]!.id),
        codes,
        at: interiorPoint(hole.polygons),
        bbox: hole.bbox,
        measure: area,
        message: `地块 ${codes.join('、')} 之间有 ${fmtM2(area)} 的缝隙`,
      });
    }
  },
};
