import type { z } from 'zod';
import { areaLimitMethods } from './methods/area-limits';
import { basemapMethods } from './methods/basemaps';
import { caseDocumentMethods } from './methods/case-documents';
import { caseMethods } from './methods/cases';
import { checkMethods } from './methods/checks';
import { contractMethods } from './methods/contracts';
import { coreMethods } from './methods/core';
import { documentMethods } from './methods/documents';
import { editMethods } from './methods/edit';
import { exportMethods } from './methods/export';
import { importMethods } from './methods/import';
import { jobMethods } from './methods/jobs';
import { linkageMethods } from './methods/linkage';
import { writerMethods } from './methods/writers';
import { mergeGroups } from './method-groups';

export * from './schemas';

/**
 * The one contract of LandLink: every method with its input and output schema. Electron IPC,
 * the loopback HTTP host and the command line all dispatch through it (design.md §3). Each group
 * of methods lives in its own file under methods/.
 */
export const contract = mergeGroups(
  coreMethods,
  writerMethods,
  jobMethods,
  importMethods,
  exportMethods,
  editMethods,
  areaLimitMethods,
  checkMethods,
  basemapMethods,
  contractMethods,
  documentMethods,
  linkageMethods,
  caseMethods,
  caseDocumentMethods,
);


/** Handlers of one method group, typed from its schemas. */
export type GroupHandlers<G extends Record<string, { input: z.ZodType; output: z.ZodType }>, Ctx> = {
  [M in keyof G]: (input: z.output<G[M]['input']>, ctx: Ctx) => z.output<G[M]['output']> | Promise<z.output<G[M]['output']>>;
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
