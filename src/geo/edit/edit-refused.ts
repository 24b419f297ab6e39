import type { AreaGeometry } from '../../domain/geometry';
import { validatePolygon } from '../polygon-validity';

/** An edit that cannot be made as asked; the message says why, for the planner. */
export class EditRefused extends Error {}

/** Refuses a geometry with validity issues, naming the first and where it is. */
export function requireValid(geom: AreaGeometry, what: string): void {
  const issue = validatePolygon(geom)[0];
  if (!issue) return;
  const at = issue.at ? ` at (${issue.at[0].toFixed(3)}, ${issue.at[1].toFixed(3)})` : '';
  throw new EditRefused(`${what} is not a valid polygon: ${issue.detail}${at}`);
}
