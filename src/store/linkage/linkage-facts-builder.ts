import type { LandClassCode } from '../../domain/land-class';
import { LinkageFactsSchema, type ConstructionUse, type LinkageFacts } from '../../domain/linkage/linkage-facts';
import { parametersAt } from '../../domain/linkage/parameters/linkage-parameters';
import { evaluateScenario, type ScenarioEvaluation } from '../../domain/linkage/relocation/evaluate-scenario';
import { IN_KIND_GROUPS } from '../../domain/linkage/relocation/scenario-costs';
import type { Project } from '../project';
import { listLinkageHouseholds, relocationHouseholds } from './linkage-households-repo';
import { linkageParameterTable, linkagePolicy } from './linkage-parameters-repo';
import { listLinkageParcels, type LinkageParcels } from './linkage-parcels-repo';
import { requireLinkageProject } from './linkage-projects-repo';
import { contractedLandOf } from './contracted-land';
import { factId, projectOverlays } from './linkage-overlays';
import { ledgerEvents } from './quota-ledger-repo';
import { listScenarios } from './linkage-scenarios-repo';

/**
 * Resolves everything `runLinkageRules` reads about one project on a date. The project area of the
 * balance tables (ZJ-10) is the demolition and construction parcels together (项目区 = 拆旧 + 建新 地块,
 * 138号第二条); the drawn boundary, when there is one, is only what the parcels must lie inside (ZJ-01b).
 */

/** What construction land becomes, for the after side of the land-class table. */
const BUILT_CLASS: Record<ConstructionUse, LandClassCode> = { resettlement: '0702', urban: '0701', other: '0809' };

/** Demolition area (m²) and the part with a reclamation target, for the scenario arithmetic. */
export function scenarioAreas(parcels: LinkageParcels) {
  const sum = (xs: { areas: { ellipsoidM2: number } }[]) => xs.reduce((s, p) => s + p.areas.ellipsoidM2, 0);
  return { demolitionM2: sum(parcels.demolition), reclaimableM2: sum(parcels.demolition.filter((p) => p.targetClass !== null)) };
}

/** The chosen scenario evaluated on the project's households, or null when none is chosen or no household is surveyed. */
export function chosenEvaluation(project: Project, projectId: number, asOf: string, parcels = listLinkageParcels(project, projectId)): ScenarioEvaluation | null {
  const chosen = listScenarios(project, projectId).find((s) => s.chosen);
  const households = relocationHouseholds(listLinkageHouseholds(project, projectId));
  if (!chosen || households.length === 0) return null;
  return evaluateScenario(households, chosen.scenario, parametersAt(linkageParameterTable(project.db), asOf), scenarioAreas(parcels));
}

/** ZJ-08's allocation sheet from the chosen scenario: in-kind groups and the gain share reach the villages. */
function revenueAllocation(e: ScenarioEvaluation | null): LinkageFacts['revenueAllocation'] {
  if (!e) return null;
  const lines = e.costs.map((c) => ({ item: c.label, recipient: IN_KIND_GROUPS.includes(c.group) ? ('village' as const) : ('other' as const), villageCode: null, amountYuan: c.yuan }));
  if (e.villages.gainShareYuan > 0) lines.push({ item: '收益分成返还村集体', recipient: 'village', villageCode: null, amountYuan: e.villages.gainShareYuan });
  return lines;
}

export function buildLinkageFacts(project: Project, projectId: number, asOf: string): LinkageFacts {
  const p = requireLinkageProject(project, projectId);
  const parcels = listLinkageParcels(project, projectId);
  const overlays = projectOverlays(project, projectId);
  const households = listLinkageHouseholds(project, projectId);
  const householdsOf = (householdId: number | null) =>
    householdId === null ? [] : households.filter((h) => h.householdId === householdId).map((h) => ({ code: h.code, headName: h.headName, consent: h.consent }));
  const total = [...parcels.demolition, ...parcels.construction].reduce((s, x) => s + x.areas.ellipsoidM2, 0);

  return LinkageFactsSchema.parse({
    asOf,
    project: {
      code: p.code,
      name: p.name,
      approvalDocNo: p.approvalDoc,
      startDate: p.startDate,
      deadline: p.deadline,
      totalAreaM2: total,
      villages: p.villages,
    },
    demolitionParcels: parcels.demolition.map((d) => {
      const id = factId('demolition', d.id);
      return {
        id,
        code: d.code,
        villageCode: d.villageCode,
        areaM2: d.areas.ellipsoidM2,
        landClass: d.landClassBefore,
        targetClass: d.targetClass,
        targetJustification: d.targetJustification,
        gradeBefore: d.gradeBefore,
        gradeAfter: d.gradeAfter,
        outsideProjectM2: overlays.outsideM2.get(id) ?? 0,
        households: householdsOf(d.householdId),
        scheduledDemolitionDate: d.scheduledOn,
        proposedBasicFarmland: d.proposedBasicFarmland,
      };
    }),
    constructionParcels: parcels.construction.map((c) => {
      const id = factId('construction', c.id);
      return {
        id,
        code: c.code,
        areaM2: c.areas.ellipsoidM2,
        use: c.use,
        cultivatedOccupiedM2: c.occupiedCultivatedM2,
        cultivatedGrade: c.cultivatedGrade,
        basicFarmlandOverlapM2: overlays.basicFarmland.get(c.id)?.areaM2 ?? 0,
        // Drawn linkage parcels carry no register attribute of their own; the overlay is the check.
        basicFarmland: false,
        outsideProjectM2: overlays.outsideM2.get(id) ?? 0,
      };
    }),
    overlaps: overlays.overlaps,
    quotaEvents: ledgerEvents(project.db, projectId),
    landClasses: {
      before: [...parcels.demolition, ...parcels.construction].map((x) => ({ landClass: x.landClassBefore, areaM2: x.areas.ellipsoidM2 })),
      after: [
        ...parcels.demolition.map((d) => ({ landClass: d.targetClass ?? d.landClassBefore, areaM2: d.areas.ellipsoidM2 })),
        ...parcels.construction.map((c) => ({ landClass: BUILT_CLASS[c.use], areaM2: c.areas.ellipsoidM2 })),
      ],
    },
    revenueAllocation: revenueAllocation(chosenEvaluation(project, projectId, asOf, parcels)),
    policy: linkagePolicy(project.db, asOf),
    contractedLand: contractedLandOf(project, projectId, asOf).map((c) => ({
      linkageParcelId: factId(c.kind, c.linkageParcelId),
      parcelCode: c.parcelCode,
      overlapM2: c.overlapM2,
      contractId: c.contractId,
      contractNumber: c.contractNumber,
      transfereeName: c.transfereeName,
      startDate: c.startDate,
      endDate: c.endDate,
    })),
  });
}
