import type { MethodInput, MethodOutput } from '../../src/api/contract';

/** Shapes of the case methods as the renderer uses them, read from the API contract (never redefined). */
export type BoardFilter = MethodInput<'cases.board'>;
export type Board = MethodOutput<'cases.board'>;
export type CaseViewData = MethodOutput<'cases.get'>;
export type CaseStepData = CaseViewData['lanes'][number]['steps'][number];
export type GateData = CaseViewData['gates'][number];
export type DeadlineData = MethodOutput<'cases.deadlines'>[number];
export type PriceList = MethodOutput<'cases.priceLists.get'>[number];
