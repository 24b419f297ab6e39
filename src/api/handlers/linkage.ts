import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { parametersAt } from '../../domain/linkage/parameters/linkage-parameters';
import { projectBalance, revolvingAlerts, statementRows } from '../../domain/linkage/quota-ledger';
import { compareScenarios } from '../../domain/linkage/relocation/compare-scenarios';
import { writeXlsx } from '../../io/table/xlsx-writer';
import { scenarioAreas } from '../../store/linkage/linkage-facts-builder';
import { LinkageError } from '../../store/linkage/linkage-error';
import { addLinkageHouseholds, listLinkageHouseholds, relocationHouseholds, setHouseholdConsent } from '../../store/linkage/linkage-households-repo';
import { cultivatedOverlay } from '../../store/linkage/linkage-overlays';
import { linkageParameterTable, linkagePolicy, putLinkageParameter } from '../../store/linkage/linkage-parameters-repo';
import {
  addConstructionParcel,
  addDemolitionFromHomesteads,
  addDemolitionParcel,
  listLinkageParcels,
  parcelGeometriesLonLat,
  removeLinkageParcel,
  setProjectArea,
} from '../../store/linkage/linkage-parcels-repo';
import { createLinkageProject, requireLinkageProject, updateLinkageProject } from '../../store/linkage/linkage-projects-repo';
import { saveScenario, listScenarios, scenariosById } from '../../store/linkage/linkage-scenarios-repo';
import { ledgerEvents, recordQuotaEvent } from '../../store/linkage/quota-ledger-repo';
import type { GroupHandlers } from '../contract';
import type { CallContext } from '../dispatch';
import { ApiFailure } from '../envelope';
import { ledgerWorkbook } from '../linkage/ledger-sheets';
import { dashboardRows, projectView } from '../linkage/project-view';
import type { linkageMethods } from '../methods/linkage';
import type { HandlerDeps } from './deps';

/**
 * Store refusals keep their code and field. The domain's RangeErrors (a scenario without households, a
 * parameter with no entry in force) are the planner's to fix, so they come back as `refused`.
 */
const translate = (err: unknown): never => {
  if (err instanceof LinkageError) throw new ApiFailure(err.code, err.message, err.issues);
  if (err instanceof RangeError) throw new ApiFailure('refused', err.message, [{ path: '(input)', message: err.message }]);
  throw err;
};

/** A synchronous run stays synchronous, so its writes commit only once the call's answer is checked (dispatch). */
function guarded<T>(run: () => T): T {
  try {
    const result = run();
    return (result instanceof Promise ? result.catch(translate) : result) as T;
  } catch (err) {
    return translate(err);
  }
}

export function linkageHandlers({ project }: HandlerDeps): GroupHandlers<typeof linkageMethods, CallContext> {
  const db = project.db;
  return {
    'linkage.projects.list': ({ asOf = project.today() }) => dashboardRows(project, asOf),
    'linkage.projects.get': ({ id, asOf = project.today() }) => guarded(() => projectView(project, id, asOf)),
    'linkage.projects.create': (input, ctx) => guarded(() => createLinkageProject(project, input, ctx.actor)),
    'linkage.projects.update': ({ id, patch }, ctx) => guarded(() => updateLinkageProject(project, id, patch, ctx.actor)),
    'linkage.projects.setArea': ({ projectId, name, geometry }, ctx) => guarded(() => setProjectArea(project, projectId, name, geometry, ctx.actor)),

    'linkage.parcels.add': (input, ctx) =>
      guarded(() => {
        if (input.kind === 'demolitionFromHomesteads') {
          return addDemolitionFromHomesteads(project, input.projectId, input.homesteadIds, { targetClass: input.targetClass, scheduledOn: input.scheduledOn }, ctx.actor);
        }
        if (input.kind === 'demolition') return [addDemolitionParcel(project, input.projectId, input.attrs, input.geometry, ctx.actor)];
        return [addConstructionParcel(project, input.projectId, input.attrs, input.geometry, cultivatedOverlay(project), ctx.actor)];
      }),
    'linkage.parcels.remove': ({ kind, id }, ctx) => guarded(() => (removeLinkageParcel(project, kind, id, ctx.actor), { kind, id })),
    'linkage.parcels.features': ({ projectId }) =>
      guarded(() => {
        requireLinkageProject(project, projectId);
        const parcels = listLinkageParcels(project, projectId);
        const codes = new Map([...parcels.demolition, ...parcels.construction].map((p) => [`${p.kind}:${p.id}`, p.code]));
        const features = (['area', 'demolition', 'construction'] as const).flatMap((kind) =>
          [...parcelGeometriesLonLat(project, projectId, kind)].map(([id, geometry]) => ({
            type: 'Feature' as const,
            id,
            properties: { kind, code: kind === 'area' ? requireLinkageProject(project, projectId).code : codes.get(`${kind}:${id}`)! },
            geometry,
          })),
        );
        return { type: 'FeatureCollection' as const, features };
      }),

    'linkage.quota.record': ({ projectId, event }, ctx) =>
      guarded(() => ({ events: recordQuotaEvent(project, projectId, event, linkagePolicy(db, event.date).ledger, ctx.actor) })),
    'linkage.quota.statement': ({ projectId, asOf = project.today() }) =>
      guarded(() => {
        requireLinkageProject(project, projectId);
        const events = ledgerEvents(db, projectId);
        return { rows: statementRows(events), balance: projectBalance(events), alerts: revolvingAlerts(events, asOf, linkagePolicy(db, asOf).revolvingAlerts) };
      }),

    'linkage.households.list': ({ projectId }) => guarded(() => (requireLinkageProject(project, projectId), listLinkageHouseholds(project, projectId))),
    'linkage.households.add': ({ projectId, households }, ctx) => guarded(() => addLinkageHouseholds(project, projectId, households, ctx.actor)),
    'linkage.households.setConsent': ({ id, consent }, ctx) => guarded(() => setHouseholdConsent(project, id, consent, ctx.actor)),

    'linkage.scenarios.save': ({ projectId, scenario, chosen }, ctx) => guarded(() => saveScenario(project, projectId, scenario, chosen, ctx.actor)),
    'linkage.scenarios.list': ({ projectId }) => guarded(() => (requireLinkageProject(project, projectId), listScenarios(project, projectId))),
    'linkage.scenarios.evaluate': ({ projectId, scenarioIds, asOf = project.today() }) =>
      guarded(() => {
        requireLinkageProject(project, projectId);
        const scenarios = scenariosById(project, projectId, scenarioIds);
        if (scenarios.length === 0) throw new LinkageError('refused', '本项目还没有保存的搬迁安置方案', 'scenarioIds');
        const households = relocationHouseholds(listLinkageHouseholds(project, projectId));
        const comparison = compareScenarios(households, scenarios, parametersAt(linkageParameterTable(db), asOf), scenarioAreas(listLinkageParcels(project, projectId)));
        // Spread to plain objects: the domain's interface has no index signature for the loose output schema.
        return { rows: comparison.rows, evaluations: comparison.evaluations.map((e) => ({ ...e })) };
      }),

    'linkage.parameters.get': ({ asOf = project.today() }) => {
      const table = linkageParameterTable(db);
      return { region: table.region, parameters: table.parameters, policy: linkagePolicy(db, asOf) };
    },
    'linkage.parameters.put': (entry, ctx) => guarded(() => putLinkageParameter(project, entry, ctx.actor)),

    'linkage.ledger.export': ({ out, overwrite, projectId }) =>
      guarded(async () => {
        if (projectId !== undefined) requireLinkageProject(project, projectId);
        const file = extname(out).toLowerCase() === '.xlsx' ? out : `${out}.xlsx`;
        if (!overwrite && existsSync(file)) throw new ApiFailure('conflict', `${file} already exists`, [{ path: 'out', message: 'file exists; set overwrite' }]);
        const { sheets, projects } = ledgerWorkbook(project, projectId);
        const bytes = await writeXlsx(sheets);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
        return { file, projects };
      }),
  };
}
