import { clipIntersection } from './clip';
import { interiorPoint } from './interior-point';
import { overlapCandidates } from './overlap-candidates';
import { bboxOf } from './parcel-set';
import { areaM2 } from './ring-measures';
import { codesOf, fmtM2, type CheckRule } from './rule';

/** 重叠: two parcels whose interiors share more than the overlap tolerance. */
export const overlapRule: CheckRule = {
  id: 'overlap',
  severity: 'error',
  descriptionKey: 'checks.rule.overlap',
  basis: 'TD/T 1001-2012《地籍调查规程》宗地不得重叠; NY/T 2539-2016 地块拓扑',
  *run({ set, tolerances, report }) {
    const { pairs } = yield* overlapCandidates(set);
    for (const [i, j] of pairs) {
      const a = set.parcels[i]!, b = set.parcels[j]!;
      let shared;
      try {
        shared = clipIntersection(a.polygons, b.polygons);
      } catch {
        continue; // polyclip gives up on some invalid rings; the self-intersection rule reports those parcels
      }
      if (shared.length === 0) continue;
      const area = areaM2(shared, set.srsId);
      if (area <= tolerances.overlapM2) continue;
      const codes = codesOf(set, [i, j]);
      report({
        rule: 'overlap',
        severity: 'error',
        parcelIds: [a.id, b.id],
        codes,
        at: interiorPoint(shared),
        bbox: bboxOf(shared),
        measure: area,
        message: `地块 ${codes[0]} 与 ${codes[1]} 重叠 ${fmtM2(area)}`,
      });
    }
  },
};
