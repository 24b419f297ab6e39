import { muToM2 } from '../../domain/units';
import type { AreaGeometry } from '../../domain/geometry';
import { geometryRangeIssue, lonLatCheckFor, pointsRangeIssue, type RangeIssue } from '../../geo/coordinate-range';
import { toLonLatConverter, fromLonLatConverter } from '../../geo/crs';
import { mapGeometry } from '../../geo/map-geometry';
import { EditRefused } from '../../geo/edit/edit-refused';
import { ParcelMissing, loadParcel } from '../../store/edits/edit-context';
import { listEdits, redoEdit, undoEdit } from '../../store/edits/edit-log';
import { encumbrancesOf } from '../../store/edits/encumbrances';
import { parcelLineage } from '../../store/edits/lineage-repo';
import { createParcel, cutParcelHole, reshapeParcel } from '../../store/edits/parcel-edits';
import { mergeParcels, splitParcel, type SplitMergeResult } from '../../store/edits/split-merge';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import { ApiFailure } from '../envelope';
import type { editMethods } from '../methods/edit';
import type { HandlerDeps } from './deps';

type Pos = readonly number[];

/** Store refusals become 'refused', a missing parcel 'not_found'; the message says why. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof EditRefused) throw new ApiFailure('refused', err.message, [{ path: '(input)', message: err.message }]);
    if (err instanceof ParcelMissing) throw new ApiFailure('not_found', err.message, [{ path: 'id', message: err.message }]);
    throw err;
  }
}

/** A vertex the schema let through (inside China) but outside the project's zone, named by its path. */
function refuseOutOfZone(issue: RangeIssue | null, field: string): void {
  if (!issue) return;
  throw new ApiFailure('bad_input', issue.message, [{ path: [field, ...issue.path].join('.'), message: issue.message }]);
}

const splitMergeOutput = (r: SplitMergeResult) => ({
  editId: r.editId,
  removed: r.removed,
  parcels: r.parcels,
  originalM2: r.coverage.originalM2,
  piecesM2: r.coverage.piecesM2,
});

export function editHandlers({ project }: HandlerDeps): GroupHandlers<typeof editMethods, CallContext> {
  const fromLonLat = fromLonLatConverter(project.meta.srsId);
  const toLonLat = toLonLatConverter(project.meta.srsId);
  // Projected outside its zone's reach a lon/lat point is no place in the register (geo/coordinate-range).
  const inZone = lonLatCheckFor(project.meta.srsId);
  const toProject = (g: AreaGeometry) => (refuseOutOfZone(geometryRangeIssue(g, inZone), 'geometry.coordinates'), mapGeometry(g, fromLonLat));
  const line = (pts: readonly Pos[], field: string) => (refuseOutOfZone(pointsRangeIssue(pts, inZone), field), pts.map((p) => fromLonLat(p)));
  return {
    'parcels.geometry': ({ id }) => guarded(() => ({ id, geometry: mapGeometry(loadParcel(project.db, id).geometry, toLonLat) })),
    'parcels.create': (input, ctx) => guarded(() => createParcel(project, { ...input, geometry: toProject(input.geometry) }, ctx.actor).parcel),
    'parcels.reshape': ({ id, geometry, amendment }, ctx) => guarded(() => reshapeParcel(project, id, toProject(geometry), ctx.actor, amendment ?? null).parcel),
    'parcels.cutHole': ({ id, ring, amendment }, ctx) => guarded(() => cutParcelHole(project, id, line(ring, 'ring'), ctx.actor, amendment ?? null).parcel),
    'parcels.split': ({ id, line: l, amendment }, ctx) => guarded(() => splitMergeOutput(splitParcel(project, id, { line: line(l, 'line') }, ctx.actor, amendment ?? null))),
    'parcels.splitByAreas': ({ id, areasMu, bearingDeg, amendment }, ctx) =>
      guarded(() => splitMergeOutput(splitParcel(project, id, { areasM2: areasMu.map(muToM2), bearingDeg }, ctx.actor, amendment ?? null))),
    'parcels.merge': ({ ids, amendment }, ctx) => guarded(() => splitMergeOutput(mergeParcels(project, ids, ctx.actor, amendment ?? null))),
    'parcels.encumbrances': ({ ids }) => encumbrancesOf(project, ids, project.today()),
    // Removed parcels have a lineage too, so an unknown id gives empty lists rather than not_found.
    'parcels.lineage': ({ id }) => parcelLineage(project, id),
    'edits.list': ({ limit }) => listEdits(project, limit),
    'edits.undo': (_input, ctx) => guarded(() => undoEdit(project, ctx.actor)),
    'edits.redo': (_input, ctx) => guarded(() => redoEdit(project, ctx.actor)),
  };
}
