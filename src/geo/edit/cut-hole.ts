import type { AreaGeometry } from '../../domain/geometry';
import { closeRings } from '../polygon-validity';
import { EditRefused, requireValid } from './edit-refused';
import { clip, fromMulti, multiPlanarArea, toMulti, type Ring } from './planar-ops';

/** Below this many planar m² of the hole outside the parcel, the hole counts as inside (rounding). */
const OUTSIDE_TOLERANCE_M2 = 1e-6;

export interface CutHoleResult {
  /** The parcel with the hole cut out. */
  result: AreaGeometry;
  /** The part removed, for the coverage check (result + hole = original). */
  hole: AreaGeometry;
}

/** Cuts a ring out of a parcel; the ring must be a valid polygon lying within the parcel. */
export function cutHole(geom: AreaGeometry, ring: readonly (readonly number[])[]): CutHoleResult {
  const [closed] = closeRings([ring.map(([x, y]) => [x!, y!]) as Ring]);
  const hole: AreaGeometry = { type: 'Polygon', coordinates: [closed!] };
  requireValid(hole, 'the hole');
  const outside = multiPlanarArea(clip('difference', toMulti(hole), toMulti(geom)));
  if (outside > OUTSIDE_TOLERANCE_M2) throw new EditRefused(`the hole reaches ${outside.toFixed(4)} m² beyond the parcel; draw it inside`);
  const result = clip('difference', toMulti(geom), toMulti(hole));
  if (result.length === 0) throw new EditRefused('the hole covers the whole parcel');
  return { result: fromMulti(result), hole };
}
