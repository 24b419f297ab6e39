import type { AreaGeometry } from '../../domain/geometry';
import { validatePolygon } from '../polygon-validity';
import { EditRefused } from './edit-refused';
import { clip, toMulti } from './planar-ops';

/** The union of parcels that share boundary, as one polygon; anything else is refused. */
export function mergePolygons(geoms: readonly AreaGeometry[]): AreaGeometry {
  if (geoms.length < 2) throw new EditRefused('a merge needs at least two parcels');
  const parts = geoms.map(toMulti);
  const union = clip('union', parts[0]!, ...parts.slice(1));
  if (union.length !== 1) throw new EditRefused(`the parcels do not share a boundary: together they form ${union.length} separate areas`);
  const merged: AreaGeometry = { type: 'Polygon', coordinates: union[0]! };
  // A union that touches itself at a point is one polygon to polyclip but not a valid parcel.
  if (validatePolygon(merged).some((i) => i.kind === 'self_intersection')) {
    throw new EditRefused('the parcels meet only at a point, not along a boundary');
  }
  return merged;
}
