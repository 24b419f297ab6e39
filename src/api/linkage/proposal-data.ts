import { dataFingerprint } from '../../io/documents/engine/data-fingerprint';
import ruleTitles from '../../../resources/i18n/areas/linkage-rules.zh-CN.json';
import { parametersAt } from '../../domain/linkage/parameters/linkage-parameters';
import { compareScenarios } from '../../domain/linkage/relocation/compare-scenarios';
import { consentSummary } from '../../domain/linkage/relocation/consent-summary';
import { LINKAGE_RULES } from '../../domain/linkage/rules';
import type { ProposalInput } from '../../io/documents/proposal/proposal-input';
import { scenarioAreas } from '../../store/linkage/linkage-facts-builder';
import { LinkageError } from '../../store/linkage/linkage-error';
import { listLinkageHouseholds, relocationHouseholds } from '../../store/linkage/linkage-households-repo';
import { linkageParameterTable, linkagePolicy } from '../../store/linkage/linkage-parameters-repo';
import { listLinkageParcels, parcelGeometries } from '../../store/linkage/linkage-parcels-repo';
import { listLinkageProjects } from '../../store/linkage/linkage-projects-repo';
import { listScenarios } from '../../store/linkage/linkage-scenarios-repo';
import { ledgerEvents } from '../../store/linkage/quota-ledger-repo';
import type { Project } from '../../store/project';
import { projectView } from './project-view';

/**
 * What the printed relocation proposal needs, gathered on one date through the same functions the
 * linkage API methods use (`linkage.projects.get`, `linkage.scenarios.evaluate`), so paper and screen
 * show the same figures. Geometry stays in the project's planar CRS for the map.
 */

const TITLES: Record<string, string> = ruleTitles;

/** The project's id by its code (项目编号), for the command line; not_found names the code. */
export function linkageProjectIdByCode(project: Project, code: string): number {
  const found = listLinkageProjects(project).find((p) => p.code === code);
  if (!found) throw new LinkageError('not_found', `没有项目编号为「${code}」的挂钩项目`, 'code');
  return found.id;
}

/**
 * First 12 hex digits of SHA-256 over the stored records the proposal is printed from and the date the
 * figures were resolved on. The records come in stored order, so the same data always hashes the same.
 */
function fingerprintOf(project: Project, projectId: number, asOf: string, view: ReturnType<typeof projectView>): string {
  const geometries = (['area', 'demolition', 'construction'] as const).map((k) => [...parcelGeometries(project, projectId, k)]);
  const data = {
    asOf,
    project: view.project,
    parcels: view.parcels,
    geometries,
    households: listLinkageHouseholds(project, projectId),
    scenarios: listScenarios(project, projectId).map((s) => ({ scenario: s.scenario, chosen: s.chosen })),
    events: ledgerEvents(project.db, projectId),
    parameters: linkageParameterTable(project.db),
    policy: linkagePolicy(project.db, asOf),
  };
  return dataFingerprint(data);
}

export function proposalData(project: Project, projectId: number, asOf: string): ProposalInput {
  const view = projectView(project, projectId, asOf);
  const parcels = listLinkageParcels(project, projectId);
  const villageName = new Map(view.project.villages.map((v) => [v.code, v.name]));
  const geometry = (kind: 'demolition' | 'construction') => parcelGeometries(project, projectId, kind);
  const demolitionGeometry = geometry('demolition');
  const constructionGeometry = geometry('construction');
  const households = relocationHouseholds(listLinkageHouseholds(project, projectId));
  const saved = listScenarios(project, projectId);
  const params = parametersAt(linkageParameterTable(project.db), asOf);

  let comparison: ProposalInput['comparison'] = null;
  let scenarioProblem: string | null = null;
  if (saved.length > 0 && households.length > 0) {
    try {
      comparison = compareScenarios(households, saved.map((s) => s.scenario), params, scenarioAreas(parcels));
    } catch (err) {
      // The planner's to fix (no household, a parameter without an entry): the proposal says why.
      if (!(err instanceof RangeError)) throw err;
      scenarioProblem = err.message;
    }
  }

  return {
    asOf,
    fingerprint: fingerprintOf(project, projectId, asOf, view),
    project: view.project,
    parcels: {
      demolition: parcels.demolition.map((p) => ({
        code: p.code,
        villageName: villageName.get(p.villageCode) ?? p.villageCode,
        households: p.households,
        areaM2: p.areas.ellipsoidM2,
        landClassBefore: p.landClassBefore,
        targetClass: p.targetClass,
        geometry: demolitionGeometry.get(p.id)!,
      })),
      construction: parcels.construction.map((p) => ({
        code: p.code,
        use: p.use,
        landClassBefore: p.landClassBefore,
        occupiedCultivatedM2: p.occupiedCultivatedM2,
        areaM2: p.areas.ellipsoidM2,
        geometry: constructionGeometry.get(p.id)!,
      })),
      boundary: [...parcelGeometries(project, projectId, 'area').values()],
    },
    rules: LINKAGE_RULES.map((r) => ({ id: r.id, title: TITLES[r.titleKey] ?? r.id, basis: r.basis })),
    findings: view.findings,
    landClassTable: view.landClassTable,
    households,
    consent: households.length === 0 ? null : consentSummary(households, params),
    scenarios: saved.map((s) => ({ scenario: s.scenario, chosen: s.chosen })),
    comparison,
    scenarioProblem,
    quota: view.quota,
  };
}
