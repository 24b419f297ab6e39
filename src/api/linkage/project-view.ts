import { z } from 'zod';
import { LandClassBalanceSchema, landClassBalance } from '../../domain/linkage/land-class-balance';
import { parametersAt } from '../../domain/linkage/parameters/linkage-parameters';
import { monthsUntil } from '../../domain/calendar/calendar-months';
import {
  projectBalance,
  QuotaBalanceSchema,
  revolvingAlerts,
  RevolvingAlertSchema,
  StatementRowSchema,
  statementRows,
} from '../../domain/linkage/quota-ledger';
import { consentSummary } from '../../domain/linkage/relocation/consent-summary';
import { LinkageFindingSchema, type LinkageFinding } from '../../domain/linkage/rules/rule';
import { runLinkageRules } from '../../domain/linkage/rules';
import { LinkageBalanceSchema, linkageBalance, areaFigures, AreaFiguresSchema } from '../../store/linkage/linkage-balance';
import { buildLinkageFacts } from '../../store/linkage/linkage-facts-builder';
import { listLinkageHouseholds, relocationHouseholds } from '../../store/linkage/linkage-households-repo';
import { linkageParameterTable, linkagePolicy } from '../../store/linkage/linkage-parameters-repo';
import { DemolitionParcelRecordSchema, ConstructionParcelRecordSchema, listLinkageParcels } from '../../store/linkage/linkage-parcels-repo';
import { LinkageProjectSchema, listLinkageProjects, requireLinkageProject, type LinkageProject } from '../../store/linkage/linkage-projects-repo';
import { allLedgers, ledgerEvents } from '../../store/linkage/quota-ledger-repo';
import type { Project } from '../../store/project';

/** What the API shows of linkage projects: the county dashboard rows and one project's full view. */

export const AlertLevelSchema = z.enum(['none', 'warning', 'error']);

export const DashboardRowSchema = z.object({
  id: z.number().int().positive(),
  code: z.string(),
  name: z.string(),
  status: LinkageProjectSchema.shape.status,
  deadline: z.string(),
  /** Whole months from the as-of date to the deadline: 0 on the deadline day, negative from the day after. */
  monthsToDeadline: z.number().int(),
  balance: LinkageBalanceSchema,
  /** Confirmed surplus, and what of it is neither traded nor used locally. */
  surplusConfirmed: AreaFiguresSchema,
  surplusAvailable: AreaFiguresSchema,
  outstandingRevolving: AreaFiguresSchema,
  /** Worst revolving-quota alert (ZJ-05: warning at 30, error at 36 months by default). */
  alertLevel: AlertLevelSchema,
});
export type DashboardRow = z.infer<typeof DashboardRowSchema>;

const LEVELS = ['none', 'warning', 'error'] as const;
const worst = (levels: readonly (typeof LEVELS)[number][]) => LEVELS[Math.max(0, ...levels.map((l) => LEVELS.indexOf(l)))]!;

export function dashboardRows(project: Project, asOf: string): DashboardRow[] {
  const ledgers = allLedgers(project.db);
  const alertPolicy = linkagePolicy(project.db, asOf).revolvingAlerts;
  return listLinkageProjects(project).map((p) => {
    const events = ledgers.get(p.id) ?? [];
    const quota = projectBalance(events);
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      status: p.status,
      deadline: p.deadline,
      monthsToDeadline: monthsUntil(asOf, p.deadline),
      balance: linkageBalance(listLinkageParcels(project, p.id)),
      surplusConfirmed: areaFigures(quota.surplusConfirmedM2),
      surplusAvailable: areaFigures(quota.surplusAvailableM2),
      outstandingRevolving: areaFigures(quota.outstandingRevolvingM2),
      alertLevel: worst(revolvingAlerts(events, asOf, alertPolicy).map((a) => a.level)),
    };
  });
}

export const ConsentFiguresSchema = z.object({
  households: z.number().int(),
  agreed: z.number().int(),
  refused: z.number().int(),
  pending: z.number().int(),
  rate: z.number(),
  threshold: z.object({ value: z.number(), effectiveFrom: z.string(), source: z.string() }),
  met: z.boolean(),
});

export const ProjectViewSchema = z.object({
  asOf: z.string(),
  project: LinkageProjectSchema,
  parcels: z.object({ demolition: z.array(DemolitionParcelRecordSchema), construction: z.array(ConstructionParcelRecordSchema) }),
  balance: LinkageBalanceSchema,
  findings: z.array(LinkageFindingSchema),
  landClassTable: LandClassBalanceSchema,
  quota: z.object({ balance: QuotaBalanceSchema, statement: z.array(StatementRowSchema), alerts: z.array(RevolvingAlertSchema) }),
  /** Null while no household is surveyed. */
  consent: ConsentFiguresSchema.nullable(),
});
export type ProjectView = z.infer<typeof ProjectViewSchema>;

export function projectFindings(project: Project, id: number, asOf: string): LinkageFinding[] {
  return runLinkageRules(buildLinkageFacts(project, id, asOf));
}

export function projectView(project: Project, id: number, asOf: string): ProjectView {
  const p: LinkageProject = requireLinkageProject(project, id);
  const facts = buildLinkageFacts(project, id, asOf);
  const events = ledgerEvents(project.db, id);
  const parcels = listLinkageParcels(project, id);
  const households = relocationHouseholds(listLinkageHouseholds(project, id));
  const consent = households.length === 0 ? null : consentSummary(households, parametersAt(linkageParameterTable(project.db), asOf));
  return {
    asOf,
    project: p,
    parcels,
    balance: linkageBalance(parcels),
    findings: runLinkageRules(facts),
    landClassTable: landClassBalance(facts.landClasses.before, facts.landClasses.after),
    quota: { balance: projectBalance(events), statement: statementRows(events), alerts: revolvingAlerts(events, asOf, facts.policy.revolvingAlerts) },
    consent: consent && { ...consent, threshold: { value: consent.threshold.value, effectiveFrom: consent.threshold.effectiveFrom, source: consent.threshold.source } },
  };
}
