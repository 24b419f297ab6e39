import { z } from 'zod';
import { AreaGeometrySchema, LonLatAreaGeometrySchema } from '../../domain/geometry';
import { LinkageParametersSchema } from '../../domain/linkage/parameters/linkage-parameters';
import { LinkagePolicySchema } from '../../domain/linkage/linkage-facts';
import { QuotaBalanceSchema, QuotaEventSchema, RevolvingAlertSchema, StatementRowSchema } from '../../domain/linkage/quota-ledger';
import { ConsentSchema } from '../../domain/linkage/relocation/relocation-household';
import { ScenarioSchema } from '../../domain/linkage/relocation/scenario';
import { ComparisonRowSchema, ScenarioEvaluationSchema } from '../../domain/linkage/relocation/scenario-evaluation';
import { LinkageHouseholdSchema, NewLinkageHouseholdSchema } from '../../store/linkage/linkage-households-repo';
import { LinkageParameterKeySchema } from '../../store/linkage/linkage-parameters-repo';
import {
  ConstructionAttrsSchema,
  DemolitionAttrsSchema,
  LinkageParcelKindSchema,
  LinkageParcelRecordSchema,
} from '../../store/linkage/linkage-parcels-repo';
import { LinkageProjectPatchSchema, LinkageProjectSchema, NewLinkageProjectSchema } from '../../store/linkage/linkage-projects-repo';
import { SavedScenarioSchema } from '../../store/linkage/linkage-scenarios-repo';
import { DashboardRowSchema, ProjectViewSchema } from '../linkage/project-view';
import { Id } from '../schemas';
import { CalendarDateSchema } from '../../domain/calendar/calendar-date';
import { MAX_CODE_LENGTH, MAX_LIST_LENGTH, MAX_NAME_LENGTH, MAX_PATH_LENGTH, MAX_TEXT_LENGTH, refuseOversized } from '../../domain/input-limits';

/**
 * Construction-land linkage (增减挂钩, issue 6): projects and their parcels, the quota ledger, relocation
 * households and scenarios, and the county's dated parameters. Geometry is CGCS2000 lon/lat; areas are
 * exact m² with 亩 and 公顷 rounded from the exact sums. `asOf` defaults to today.
 */

const ProjectRef = { projectId: Id };


const AddParcelSchema = z.discriminatedUnion('kind', [
  z.object({ ...ProjectRef, kind: z.literal('demolition'), attrs: DemolitionAttrsSchema, geometry: LonLatAreaGeometrySchema }).strict(),
  z
    .object({
      ...ProjectRef,
      kind: z.literal('demolitionFromHomesteads'),
      homesteadIds: z.array(Id).min(1).max(MAX_LIST_LENGTH),
      targetClass: DemolitionAttrsSchema.shape.targetClass,
      scheduledOn: DemolitionAttrsSchema.shape.scheduledOn,
    })
    .strict(),
  z.object({ ...ProjectRef, kind: z.literal('construction'), attrs: ConstructionAttrsSchema, geometry: LonLatAreaGeometrySchema }).strict(),
]);

const ParcelFeaturesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: Id,
      properties: z.object({ kind: z.enum(['demolition', 'construction', 'area']), code: z.string() }),
      geometry: AreaGeometrySchema,
    }),
  ),
});

export const linkageMethods = {
  /** The county dashboard: every project with its balance, surplus, outstanding revolving quota, deadline and alert. */
  'linkage.projects.list': { input: z.object({ asOf: CalendarDateSchema.optional() }).strict(), output: z.array(DashboardRowSchema) },
  /** One project: parcels, balance, rule findings, land-class table, ledger statement and alerts, consent. */
  'linkage.projects.get': { input: z.object({ id: Id, asOf: CalendarDateSchema.optional() }).strict(), output: ProjectViewSchema },
  'linkage.projects.create': { input: NewLinkageProjectSchema, output: LinkageProjectSchema },
  'linkage.projects.update': { input: z.object({ id: Id, patch: LinkageProjectPatchSchema }).strict(), output: LinkageProjectSchema },
  /** Draws (replaces) the project boundary the parcels must lie inside (ZJ-01b). */
  'linkage.projects.setArea': {
    input: z.object({ ...ProjectRef, name: z.string().trim().min(1).max(MAX_NAME_LENGTH), geometry: LonLatAreaGeometrySchema }).strict(),
    output: z.object({ ellipsoidM2: z.number(), planarM2: z.number().nullable() }),
  },
  /** Adds drawn parcels, or demolition parcels copied from homesteads; returns the parcels added. */
  'linkage.parcels.add': { input: AddParcelSchema, output: z.array(LinkageParcelRecordSchema) },
  'linkage.parcels.remove': { input: z.object({ kind: LinkageParcelKindSchema, id: Id }).strict(), output: z.object({ kind: LinkageParcelKindSchema, id: Id }) },
  /** The project's parcels and boundary as lon/lat features for the map. */
  'linkage.parcels.features': { input: z.object(ProjectRef).strict(), output: ParcelFeaturesSchema },
  /** Appends an event if the ledger keeps its invariants; refused (`refused`, naming the invariant) otherwise. */
  'linkage.quota.record': { input: z.object({ ...ProjectRef, event: QuotaEventSchema.superRefine(refuseOversized) }).strict(), output: z.object({ events: z.array(QuotaEventSchema) }) },
  'linkage.quota.statement': {
    input: z.object({ ...ProjectRef, asOf: CalendarDateSchema.optional() }).strict(),
    output: z.object({ rows: z.array(StatementRowSchema), balance: QuotaBalanceSchema, alerts: z.array(RevolvingAlertSchema) }),
  },
  'linkage.households.list': { input: z.object(ProjectRef).strict(), output: z.array(LinkageHouseholdSchema) },
  'linkage.households.add': { input: z.object({ ...ProjectRef, households: z.array(NewLinkageHouseholdSchema).min(1).max(MAX_LIST_LENGTH) }).strict(), output: z.array(LinkageHouseholdSchema) },
  'linkage.households.setConsent': { input: z.object({ id: Id, consent: ConsentSchema }).strict(), output: LinkageHouseholdSchema },
  /** Saves a scenario by its id (replacing an earlier version); `chosen` makes it the project's scenario. */
  'linkage.scenarios.save': {
    input: z.object({ ...ProjectRef, scenario: ScenarioSchema, chosen: z.boolean().default(false) }).strict(),
    output: SavedScenarioSchema,
  },
  'linkage.scenarios.list': { input: z.object(ProjectRef).strict(), output: z.array(SavedScenarioSchema) },
  /** Evaluates saved scenarios (all, or those named) side by side on the project's households and parameters. */
  'linkage.scenarios.evaluate': {
    input: z.object({ ...ProjectRef, scenarioIds: z.array(z.string().min(1).max(MAX_CODE_LENGTH)).min(1).max(100).optional(), asOf: CalendarDateSchema.optional() }).strict(),
    output: z.object({ evaluations: z.array(ScenarioEvaluationSchema), rows: z.array(ComparisonRowSchema) }),
  },
  /** The county's parameter table and rule policy: built-in defaults with the county's dated entries. */
  'linkage.parameters.get': {
    input: z.object({ asOf: CalendarDateSchema.optional() }).strict(),
    output: z.object({ region: z.string(), parameters: LinkageParametersSchema, policy: LinkagePolicySchema }),
  },
  /** Records a dated entry: `key` is a parameter path (`quotaPriceYuanPerMu.county`) or `policy.<path>`. */
  'linkage.parameters.put': {
    input: z
      .object({ key: LinkageParameterKeySchema, value: z.unknown().superRefine(refuseOversized), effectiveFrom: CalendarDateSchema, source: z.string().trim().min(1).max(MAX_TEXT_LENGTH) })
      .strict(),
    output: z.object({ key: z.string(), value: z.unknown(), effectiveFrom: z.string(), source: z.string() }),
  },
  /** The quota ledger workbook (.xlsx): county sheet and one statement per project (or only `projectId`'s). */
  'linkage.ledger.export': {
    input: z.object({ out: z.string().min(1).max(MAX_PATH_LENGTH), overwrite: z.boolean().default(false), projectId: Id.optional() }).strict(),
    output: z.object({ file: z.string(), projects: z.number().int() }),
  },
} as const;
