import type { Handlers } from '../dispatch';
import { mergeGroups } from '../method-groups';
import { areaLimitHandlers } from './area-limits';
import { basemapHandlers } from './basemaps';
import { caseDocumentHandlers } from './case-documents';
import { caseHandlers } from './cases';
import { checkHandlers } from './checks';
import { contractHandlers } from './contracts';
import { coreHandlers } from './core';
import { documentHandlers } from './documents';
import type { HandlerDeps } from './deps';
import { editHandlers } from './edit';
import { exportHandlers } from './export';
import { importHandlers } from './import';
import { jobHandlers } from './jobs';
import { linkageHandlers } from './linkage';
import { writerHandlers } from './writers';

/** The handlers of every method in the contract, bound to one open project. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return mergeGroups(
    coreHandlers(deps.project),
    writerHandlers(deps.project),
    jobHandlers(deps.jobs),
    importHandlers(deps),
    exportHandlers(deps),
    editHandlers(deps),
    areaLimitHandlers(deps),
    checkHandlers(deps),
    basemapHandlers(deps),
    contractHandlers(deps),
    documentHandlers(deps),
    linkageHandlers(deps),
    caseHandlers(deps),
    caseDocumentHandlers(deps),
  );
}
