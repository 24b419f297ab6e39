import type { MethodInput, MethodOutput } from '../../src/api/contract';

/** Shapes of the linkage methods as the renderer uses them, read from the API contract (never redefined). */
export type DashboardRow = MethodOutput<'linkage.projects.list'>[number];
export type ProjectView = MethodOutput<'linkage.projects.get'>;
export type AreaFigures = DashboardRow['surplusConfirmed'];
export type LinkageFinding = ProjectView['findings'][number];
export type NewProjectInput = MethodInput<'linkage.projects.create'>;
export type ParcelFeatures = MethodOutput<'linkage.parcels.features'>;
export type ProjectStatus = DashboardRow['status'];
export type AlertLevel = DashboardRow['alertLevel'];
export type AddParcelInput = MethodInput<'linkage.parcels.add'>;
export type ConstructionAttrs = Extract<AddParcelInput, { kind: 'construction' }>['attrs'];
export type DemolitionAttrs = Extract<AddParcelInput, { kind: 'demolition' }>['attrs'];
export type ConstructionUse = ConstructionAttrs['use'];
export type DrawnPolygon = Extract<Extract<AddParcelInput, { kind: 'construction' }>['geometry'], { type: 'Polygon' }>;

/** Every value of the enums the forms offer; `satisfies` keeps them in step with the core's schemas. */
export const PROJECT_STATUSES = ['planning', 'approved', 'implementing', 'accepted', 'closed'] as const satisfies readonly ProjectStatus[];
export const CONSTRUCTION_USES = ['resettlement', 'urban', 'other'] as const satisfies readonly ConstructionUse[];
