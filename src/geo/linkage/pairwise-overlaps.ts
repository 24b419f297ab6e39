import Flatbush from 'flatbush';
import type { AreaGeometry } from '../../domain/geometry';
import { mayOverlap } from '../checks/overlap-candidates';
import { bboxOf, toMulti, verticesOf } from '../edit/planar-ops';
import { clipOrExplain, overlayOf } from './overlay';

export interface ParcelGeometry {
  id: string;
  geometry: AreaGeometry;
}

/** Two parcels sharing area; `a` comes before `b` in the input. The shape of LinkageFacts.overlaps plus the geometry. */
export interface PairOverlap {
  a: string;
  b: string;
  geometry: AreaGeometry;
  areaM2: number;
}

/**
 * Every pair of parcels whose interiors overlap (ZJ-01b), with the shared shape and its ellipsoidal area.
 * Boxes in an R-tree pick the nearby pairs, the topology check's cheap edge test drops neighbours that only
 * share edges, and only the rest are clipped.
 */
export function pairwiseOverlaps(parcels: readonly ParcelGeometry[], srsId: number): PairOverlap[] {
  if (parcels.length < 2) return [];
  const rings = parcels.map((p) => toMulti(p.geometry));
  const boxes = rings.map((m) => bboxOf(verticesOf(m)));
  const tree = new Flatbush(parcels.length);
  for (const b of boxes) tree.add(b.minX, b.minY, b.maxX, b.maxY);
  tree.finish();
  const found: PairOverlap[] = [];
  boxes.forEach((b, i) => {
    const near = tree.search(b.minX, b.minY, b.maxX, b.maxY).filter((j) => j > i).sort((x, y) => x - y);
    for (const j of near) {
      if (!mayOverlap(rings[i]!, rings[j]!)) continue;
      const what = `地块 ${parcels[i]!.id} 与 ${parcels[j]!.id} `;
      const overlap = overlayOf(clipOrExplain('intersection', what, rings[i]!, rings[j]!), srsId);
      if (overlap.geometry) found.push({ a: parcels[i]!.id, b: parcels[j]!.id, geometry: overlap.geometry, areaM2: overlap.areaM2 });
    }
  });
  return found;
}
