import type { AreaLimitKind } from '../../domain/area-limits';
import { LonLatAreaGeometrySchema, type AreaGeometry } from '../../domain/geometry';
import { geometryRangeIssue, lonLatCheckFor } from '../../geo/coordinate-range';
import { fromLonLatConverter } from '../../geo/crs';
import { ellipsoidalArea } from '../../geo/ellipsoidal-area';
import { mapGeometry } from '../../geo/map-geometry';
import { areaLimitRefusal } from '../area-limits-repo';
import type { Project } from '../project';
import { LinkageError } from './linkage-error';

/** Lon/lat input checked against China and the project's zone (geo/coordinate-range), in the project CRS. */
export function projectGeometry(project: Project, lonLat: AreaGeometry, path: string): AreaGeometry {
  const parsed = LonLatAreaGeometrySchema.safeParse(lonLat);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LinkageError('bad_input', `地块图形无效：${issue?.message ?? ''}`, [path, ...(issue?.path ?? [])].join('.'));
  }
  const outside = geometryRangeIssue(parsed.data, lonLatCheckFor(project.meta.srsId));
  if (outside) throw new LinkageError('bad_input', `地块图形无效：${outside.message}`, [path, 'coordinates', ...outside.path].join('.'));
  return mapGeometry(parsed.data, fromLonLatConverter(project.meta.srsId));
}

/** Refuses a parcel or project area above the dated limit of its kind: a wrong unit or CRS, not land. */
export function refuseAboveLimit(project: Project, kind: AreaLimitKind, what: string, g: AreaGeometry, path: string): void {
  const why = areaLimitRefusal(project, kind, what, ellipsoidalArea(g, project.meta.srsId));
  if (why) throw new LinkageError('refused', why, path);
}
