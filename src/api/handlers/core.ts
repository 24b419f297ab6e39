import { listAudit } from '../../store/audit';
import { verifyAuditChain } from '../../store/audit-verify';
import { layerFeatures } from '../../store/layers-repo';
import { findParcelByCode, getParcel, parcelsAt, parcelsInView, updateParcel } from '../../store/parcels-repo';
import type { Project } from '../../store/project';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import { ApiFailure } from '../envelope';
import type { coreMethods } from '../methods/core';
import { projectInfo } from '../../store/project-info';

const notFound = (what: string) => new ApiFailure('not_found', `${what} not found`, [{ path: 'id', message: `${what} not found` }]);

/** Handlers of the core methods, bound to one open project. */
export function coreHandlers(project: Project): GroupHandlers<typeof coreMethods, CallContext> {
  return {
    'project.info': () => projectInfo(project),
    'layers.features': ({ layer, bbox }) => layerFeatures(project, layer, bbox),
    'parcels.get': ({ id }) => getParcel(project, id) ?? (() => { throw notFound(`parcel ${id}`); })(),
    'parcels.findByCode': ({ code }) => findParcelByCode(project, code),
    'parcels.at': ({ lon, lat }) => ({ ids: parcelsAt(project, lon, lat) }),
    'parcels.inView': ({ bbox, limit }) => parcelsInView(project, bbox, limit),
    'parcels.update': ({ id, ...patch }, ctx) => updateParcel(project, id, patch, ctx.actor) ?? (() => { throw notFound(`parcel ${id}`); })(),
    'audit.list': ({ limit }) => listAudit(project.db, limit),
    'audit.verify': () => verifyAuditChain(project.db),
  };
}
