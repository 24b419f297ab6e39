import { addMonths } from '../../src/domain/calendar/calendar-months';
import { ApiCallError } from '../api/client';
import type { NewProjectInput } from './linkage-api';

/** What the planner types into the new-project form, all as text except the ticked villages. */
export interface NewProjectFields {
  code: string;
  name: string;
  countyCode: string;
  /** Township names separated by commas, the Chinese enumeration comma or spaces. */
  townships: string;
  approvalDoc: string;
  startDate: string;
  deadline: string;
  villageCodes: string[];
}

/**
 * The deadline the form proposes for a project starting on `start`: three years on, the usual term and
 * the time revolving quota is due back in (ZJ-05), counted as a period of 36 months so that a start on
 * 29 February ends on 28 February rather than on a day that does not exist.
 */
export const defaultDeadline = (start: string): string => addMonths(start, 36);

/** Splits a typed list on ASCII or full-width commas and semicolons, the enumeration comma 、 or whitespace. */
export const listOf = (text: string): string[] =>
  text
    .split(/[\s,;\u3001\uff0c\uff1b]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The create input; the core validates it and names the field of every problem. */
export function newProjectInput(fields: NewProjectFields): NewProjectInput {
  const approvalDoc = fields.approvalDoc.trim();
  return {
    code: fields.code.trim(),
    name: fields.name.trim(),
    countyCode: fields.countyCode.trim(),
    townships: listOf(fields.townships),
    approvalDoc: approvalDoc === '' ? null : approvalDoc,
    startDate: fields.startDate,
    deadline: fields.deadline,
    villageCodes: fields.villageCodes,
  };
}

/** The core's field issues keyed by the top-level field (`townships.0` → `townships`), first message kept. */
export function issuesByField(error: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!(error instanceof ApiCallError)) return out;
  for (const issue of error.issues) {
    const field = issue.path.split('.')[0] ?? '';
    if (!out.has(field)) out.set(field, issue.message);
  }
  return out;
}
